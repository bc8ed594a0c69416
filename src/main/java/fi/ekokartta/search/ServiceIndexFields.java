package fi.ekokartta.search;

import java.util.List;

/** Field names of the service index, shared by the index binder and the queries. */
public final class ServiceIndexFields {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    public static final String PROVIDER = "provider";
    public static final String CLASS = "class";
    public static final String TARGET_GROUP = "target_group";
    public static final String MUNICIPALITY = "municipality";
    public static final String LANGUAGE = "language";
    public static final String SECTOR = "sector";
    public static final String CHANNEL = "channel";
    public static final String COST = "cost";

    /**
     * Every facet value of a service in one field, as "facet:value" (e.g. "municipality:208"), so
     * that all facets are counted in one pass over the matches instead of one pass per facet.
     */
    public static final String FACET_VALUES = "facet_values";
    /**
     * Version of what the binder writes; raised when it changes, so that indexes written by an
     * older version are rebuilt at start.
     */
    public static final String INDEX_VERSION = "index_version";
    public static final int CURRENT_INDEX_VERSION = 7;

    /** Keywords of one language (keywords_fi, ...), analysed in that language. */
    public static final String KEYWORDS = "keywords_";
    /** Names of the service's classes and target groups, in one language. */
    public static final String CONTEXT = "context_";
    public static final String PROVIDER_NAME = "provider_name";
    /** Names and keywords of every language as character trigrams, for the last resort of a search. */
    public static final String TRIGRAMS = "trigrams";
    /** The name in one language (Finnish when untranslated), folded, for ordering a list with no words by name. */
    public static final String NAME_SORT = "name_sort_";
    /** The stored result card of one language (card_fi, ...), see {@link IndexedCard}. */
    public static final String CARD = "card_";

    public static final String PREFIX_SUFFIX = "_prefix";
    public static final String FOLDED_SUFFIX = "_folded";

    private ServiceIndexFields() {
    }

    /** The {@link #FACET_VALUES} entry of a facet's value. */
    public static String facetValue(String facet, String value) {
        return facet + ":" + value;
    }
}
