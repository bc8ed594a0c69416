package fi.ekokartta.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

import java.util.List;

/**
 * Small words of Finnish, Swedish and English (Lucene's lists) and the words of asking itself
 * ("tarvitsen apua", "looking for help") that would make every-word matching fail or rank
 * "Ruoka-apu" first for "apua velkoihin". A query of such words only is kept as it is.
 */
final class StopWords {

    private static final CharArraySet ASKING = new CharArraySet(List.of("apu", "apua", "avun", "apuja", "tarvitsen",
            "tarvitsee", "tarvitsevat", "tarvitaan", "haluan", "haluaa", "haluavat", "haluaisin", "etsin", "etsii", "tietoa", "miten", "mista", "mistä",
            "kuinka", "help", "need", "needs", "looking", "find", "want", "wants", "hjälp", "behöver", "vill", "söker", "hur"), true);
    private static final List<CharArraySet> SETS = List.of(FinnishAnalyzer.getDefaultStopSet(),
            SwedishAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ASKING);

    private StopWords() {
    }

    static List<String> without(List<String> words) {
        List<String> kept = words.stream().filter(word -> SETS.stream().noneMatch(set -> set.contains(word))).toList();
        return kept.isEmpty() ? words : kept;
    }
}
