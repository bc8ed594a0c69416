package fi.ekokartta.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A nearly spelt word as a Lucene query on a folded field with a bound on the similar words of the
 * index it may become; Hibernate Search's fuzzy match always allows Lucene's default of 50. The
 * word is split and folded as the field's analyzer does (standard tokenizer, lower case, no
 * diacritics).
 */
final class BoundedFuzzy {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int KEPT_PREFIX = 2;

    private BoundedFuzzy() {
    }

    static Query query(String field, String word, int edits, int maxExpansions) {
        List<String> parts = Arrays.stream(NOT_LETTER_OR_DIGIT.split(Folding.fold(word))).filter(part -> !part.isEmpty()).toList();
        if (parts.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
            all.add(new FuzzyQuery(new Term(field, part), Math.min(edits, FuzzyQuery.defaultMaxEdits), KEPT_PREFIX,
                    maxExpansions, true), BooleanClause.Occur.MUST);
        }
        return all.build();
    }
}
