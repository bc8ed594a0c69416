package fi.ekokartta.search;

import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.offering.Offering;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.fi.FinnishLightStemmer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Splits a query word that the index hardly knows into parts that it knows well, using the
 * index's own vocabulary instead of a word list: "pikalainavelat" becomes "pikalaina" + "velat"
 * when the services say "pikalainat" and "velat" but never the compound. A split is chosen as in
 * Koehn and Knight's frequency method: the parts' document frequencies have the greatest
 * geometric mean, which must exceed the word's own; a part may end in a linking -n or -s-
 * ("työn|haku", "kotoutumis|koulutus") and be inflected, since parts are compared by their stems.
 * Up to three parts. Words the index knows as they are stay whole. The same look-ups tell which
 * words are common ({@link WordFacts#common()}).
 *
 * <p>Reads the Lucene index's term dictionary (a few dozen look-ups per long word); on an
 * Elasticsearch/OpenSearch backend the same look-ups are the terms enum API's.
 */
@Component
public class CompoundSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(CompoundSplitter.class);

    static final int MIN_WORD = 7;
    static final int MIN_PART = 3;
    /** A word found in more services than this is searched as it is. */
    static final int KNOWN_WORD = 2;
    /** Words of one query looked up. */
    static final int MAX_WORDS = 8;
    /** A word used more often than this (services, summed over the four Finnish text fields) is common. */
    static final int COMMON_WORD = 100;
    private static final List<String> FIELDS = List.of("name.fi", ServiceIndexFields.KEYWORDS + "fi", "summary.fi",
            "description.fi");

    /** Words looked up since the directory last changed, at most this many. */
    private static final int REMEMBERED_WORDS = 10_000;

    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile long remembered = -1;

    CompoundSplitter(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * What the index's vocabulary says of a query's words.
     *
     * @param compounds the parts of those words that are compounds the index hardly knows as they are
     * @param common    words used more than {@value #COMMON_WORD} times (services × fields) as typed: they need no
     *                  help from their stems ({@link StemPrefix}), which on a large index would only
     *                  add costly clauses
     */
    public record WordFacts(Map<String, List<String>> compounds, Set<String> common) {

        public static final WordFacts NONE = new WordFacts(Map.of(), Set.of());
    }

    private record Known(List<String> parts, boolean common) {
    }

    public WordFacts facts(List<String> words) {
        long generation = ContentChanges.generation();
        if (generation != remembered) {
            known.clear();
            remembered = generation;
        }
        List<String> candidates = words.stream().filter(word -> word.length() >= StemPrefix.MIN_LENGTH)
                .filter(word -> word.chars().allMatch(Character::isLetter)).distinct().limit(MAX_WORDS).toList();
        List<String> unknown = candidates.stream().filter(word -> !known.containsKey(word)).toList();
        if (!unknown.isEmpty()) {
            if (known.size() > REMEMBERED_WORDS) {
                known.clear();
            }
            try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Offering.class)
                    .extension(LuceneExtension.get()).openIndexReader()) {
                Frequencies frequencies = Frequencies.of(reader);
                for (String word : unknown) {
                    String folded = Folding.fold(word);
                    List<String> split = folded.length() >= MIN_WORD ? split(folded, frequencies) : null;
                    known.put(word, new Known(split == null ? List.of() : split, frequencies.of(folded) > COMMON_WORD));
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Compound words were searched whole: the index's vocabulary could not be read", e);
            }
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        Set<String> common = new HashSet<>();
        for (String word : candidates) {
            Known facts = known.get(word);
            if (facts != null && !facts.parts().isEmpty()) {
                parts.put(word, facts.parts());
            }
            if (facts != null && facts.common()) {
                common.add(word);
            }
        }
        return new WordFacts(parts, common);
    }

    static List<String> split(String word, Frequencies frequencies) {
        double own = frequencies.of(word);
        if (own > KNOWN_WORD) {
            return null;
        }
        List<String> best = null;
        double bestScore = own;
        for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
            String left = word.substring(0, i);
            double leftCount = frequencies.part(left);
            if (leftCount == 0) {
                continue;
            }
            String right = word.substring(i);
            double rightCount = frequencies.part(right);
            if (rightCount > 0 && Math.sqrt(leftCount * rightCount) > bestScore) {
                best = List.of(left, right);
                bestScore = Math.sqrt(leftCount * rightCount);
            }
            for (int j = MIN_PART; j <= right.length() - MIN_PART; j++) {
                double middle = frequencies.part(right.substring(0, j));
                double last = middle == 0 ? 0 : frequencies.part(right.substring(j));
                double score = Math.cbrt(leftCount * middle * last);
                if (score > bestScore) {
                    best = List.of(left, right.substring(0, j), right.substring(j));
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * How many services use a word in any form: document frequencies of its stem, remembered for
     * one query.
     */
    static class Frequencies {

        private final ToDoubleFunction<String> servicesWithStem;
        private final Map<String, Double> known = new HashMap<>();

        Frequencies(ToDoubleFunction<String> servicesWithStem) {
            this.servicesWithStem = servicesWithStem;
        }

        /** In the Finnish text fields of the index (summed over the fields). */
        static Frequencies of(IndexReader reader) {
            return new Frequencies(stem -> {
                try {
                    double total = 0;
                    for (String field : FIELDS) {
                        total += reader.docFreq(new Term(field, stem));
                    }
                    return total;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        double of(String word) {
            String stem = stem(word);
            return stem.length() < MIN_PART ? 0 : known.computeIfAbsent(stem, servicesWithStem::applyAsDouble);
        }

        /** As {@link #of}, for a part that may end in a linking -n or -s. */
        double part(String part) {
            double count = of(part);
            if (count == 0 && part.length() > MIN_PART && (part.endsWith("n") || part.endsWith("s"))) {
                count = of(part.substring(0, part.length() - 1));
            }
            return count;
        }

        static String stem(String word) {
            char[] letters = word.toCharArray();
            return new String(letters, 0, new FinnishLightStemmer().stem(letters, letters.length));
        }
    }
}
