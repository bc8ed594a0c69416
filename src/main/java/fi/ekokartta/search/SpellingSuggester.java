package fi.ekokartta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * "Did you mean": respells query words to the nearest words of the directory's own service names
 * and keywords (at most one edit in short words, two in longer ones; the more common word wins).
 */
final class SpellingSuggester {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+-]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private final Map<String, Integer> vocabulary;

    SpellingSuggester(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The respelt text, or null when every word is known or has no near neighbour. A word that
     * finds services by itself ({@code findsServices}: through compounds and inflections, as
     * "velka" finds "velkaneuvonta") is never respelt, even when no name has it as a whole word.
     */
    String suggest(List<String> words, Predicate<String> findsServices) {
        List<String> respelt = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String folded = Folding.fold(word);
            String best = vocabulary.containsKey(folded) ? null : nearest(folded);
            if (best != null && findsServices.test(word)) {
                best = null;
            }
            respelt.add(best == null ? word : best);
            changed |= best != null;
        }
        return changed ? String.join(" ", respelt) : null;
    }

    private String nearest(String word) {
        int allowed = word.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        int bestFrequency = 0;
        for (Map.Entry<String, Integer> entry : vocabulary.entrySet()) {
            String candidate = entry.getKey();
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, candidate, allowed);
            if (distance < bestDistance || (distance == bestDistance && entry.getValue() > bestFrequency)) {
                best = candidate;
                bestDistance = distance;
                bestFrequency = entry.getValue();
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped. */
    static int distance(String a, String b, int cap) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** The words of a text; hyphenated words (TE-palvelut) stay whole. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            String trimmed = EDGE_HYPHENS.matcher(word).replaceAll("");
            if (!trimmed.isBlank()) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
