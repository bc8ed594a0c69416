package fi.ekokartta.search;

import java.util.List;

/** Field names of the service index, shared by the index binder and the queries. */
public final class ServiceIndexFields {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    public static final String STATUS = "status";
    public static final String PROVIDER = "provider";
    public static final String CLASS = "class";
    public static final String TARGET_GROUP = "target_group";
    public static final String MUNICIPALITY = "municipality";
    public static final String LANGUAGE = "language";
    public static final String SECTOR = "sector";
    public static final String CHANNEL = "channel";
    public static final String COST = "cost";

    /** Keywords of one language (keywords_fi, ...), analysed in that language. */
    public static final String KEYWORDS = "keywords_";
    /** Names of the service's classes and target groups, in one language. */
    public static final String CONTEXT = "context_";
    public static final String PROVIDER_NAME = "provider_name";

    public static final String PREFIX_SUFFIX = "_prefix";
    public static final String FOLDED_SUFFIX = "_folded";

    private ServiceIndexFields() {
    }
}
