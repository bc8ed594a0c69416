package fi.ekokartta.search;

/**
 * Names of the full-text analyzers. Each is defined once per search backend (Lucene today,
 * Elasticsearch/OpenSearch when scaled out) by the search feature's analysis configurer
 * ({@link EkokarttaAnalysisConfigurer}), and the index fields name them ({@link SearchMapping},
 * {@link OfferingIndexBinder}).
 */
public final class SearchAnalyzers {

    /** Finnish at index time: folded, compounds split with the domain dictionary, light stemming. */
    public static final String FINNISH = "ekokartta_finnish";
    /** Finnish at query time: folded and stemmed like {@link #FINNISH}, with the domain synonyms (also sv/en → fi), no splitting. */
    public static final String FINNISH_QUERY = "ekokartta_finnish_query";
    /**
     * Finnish at query time without synonyms, for long texts (descriptions): there a synonym
     * matches loosely related services and makes broad queries match a large part of the map.
     */
    public static final String FINNISH_LITERAL_QUERY = "ekokartta_finnish_literal_query";
    public static final String SWEDISH = "ekokartta_swedish";
    public static final String ENGLISH = "ekokartta_english";
    /** Any language, lower-cased and folded (tyokokeilu finds työkokeilu); for fuzzy matching. */
    public static final String FOLDED = "ekokartta_folded";
    /** Edge n-grams of folded words, for search-as-you-type and truncated words (kotoutumis). */
    public static final String PREFIX = "ekokartta_prefix";

    /**
     * Character trigrams of folded words (velkaneuvonta: vel, elk, lka, ...), for the last resort
     * of a search: words that share most of their letters with the query's, whatever their form.
     */
    public static final String TRIGRAM = "ekokartta_trigram";

    private SearchAnalyzers() {
    }
}
