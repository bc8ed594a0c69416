package fi.ekokartta.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Orders the services found for a sentence ("nuori työtön maahanmuuttaja tarvitsee apua velkojen
 * kanssa ja haluaa työkokeiluun") by the needs they meet instead of by the one word they match
 * best. Each word the sentence names is a need, weighted by how rare it is among the services
 * searched (a word nearly every service has, such as "työtön" in an employment directory, says
 * little). How well a service meets a need is how well the word matches what the service is about
 * (its name, keywords, summary, classes or target groups; not its description), relative to the
 * service that matches that word best: a service named for the need meets it fully.
 *
 * <p>The order is chosen greedily, as in aspect-based result diversification (xQuAD): first the
 * service meeting the most weight of needs, then each time the service that adds the most, a need
 * counting {@value #REPEAT_WEIGHT} times as much again for each service already chosen that met it
 * fully. So the first page shows services for every need (debts, work trial, integration) rather
 * than ten for the most common one. Ties keep the relevance order of the index.
 */
final class SentenceRanking {

    /** Sentences have at least this many words left after small words are taken out. */
    static final int MIN_WORDS = 4;
    /** How many of the best index matches are ordered by needs; the rest follow in relevance order. */
    static final int CANDIDATES = 100;
    static final double REPEAT_WEIGHT = 0.5;
    private static final double RELEVANCE_TIE_BREAK = 1e-3;

    private SentenceRanking() {
    }

    /**
     * @param candidates ids in the index's relevance order
     * @param needsMet   each word to the candidates that have it in what they are about, with
     *                   their relevance scores for that word alone
     * @param weights    each word to its weight
     */
    static List<UUID> order(List<UUID> candidates, Map<String, Map<UUID, Float>> needsMet, Map<String, Double> weights) {
        Map<String, Map<UUID, Double>> fit = new HashMap<>();
        needsMet.forEach((word, scores) -> fit.put(word, relativeToBest(scores)));
        Map<String, Double> met = new HashMap<>();
        Set<UUID> left = new LinkedHashSet<>(candidates);
        List<UUID> ordered = new ArrayList<>(candidates.size());
        for (int rank = 0; !left.isEmpty(); rank++) {
            UUID best = null;
            double bestGain = -1;
            int position = 0;
            for (UUID candidate : candidates) {
                position++;
                if (!left.contains(candidate)) {
                    continue;
                }
                double gain = RELEVANCE_TIE_BREAK * (candidates.size() - position + 1) / candidates.size();
                for (Map.Entry<String, Map<UUID, Double>> need : fit.entrySet()) {
                    gain += weights.get(need.getKey()) * need.getValue().getOrDefault(candidate, 0.0)
                            * Math.pow(REPEAT_WEIGHT, met.getOrDefault(need.getKey(), 0.0));
                }
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            left.remove(best);
            ordered.add(best);
            UUID chosen = best;
            fit.forEach((word, fits) -> met.merge(word, fits.getOrDefault(chosen, 0.0), Double::sum));
        }
        return ordered;
    }

    private static Map<UUID, Double> relativeToBest(Map<UUID, Float> scores) {
        double best = scores.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
        Map<UUID, Double> relative = new HashMap<>();
        scores.forEach((id, score) -> relative.put(id, best > 0 ? score / best : 1));
        return relative;
    }

    /** Inverse document frequency as BM25 has it: a word found in few of the services weighs most. */
    static double weight(long servicesWithWord, long services) {
        return Math.log(1 + (services - servicesWithWord + 0.5) / (servicesWithWord + 0.5));
    }
}
