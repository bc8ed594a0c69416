package fi.ekokartta.search.learning;

import java.util.List;

/** What a coordinator types for a search term: its kind, the term and its alternatives. */
public record SearchTermContent(SearchTermKind kind, String term, List<String> alternatives) {

    public SearchTermContent {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
