package fi.ekokartta.base.domain;

/**
 * Names of the full-text analyzers. Each is defined once per search backend (Lucene today,
 * Elasticsearch/OpenSearch when scaled out) by the search feature's analysis configurer.
 */
public final class SearchAnalyzers {

    public static final String FINNISH = "ekokartta_finnish";
    public static final String SWEDISH = "ekokartta_swedish";
    public static final String ENGLISH = "ekokartta_english";
    /** Language-neutral: lower-cased, accents folded; for names, keywords and codes. */
    public static final String FOLDED = "ekokartta_folded";

    private SearchAnalyzers() {
    }
}
