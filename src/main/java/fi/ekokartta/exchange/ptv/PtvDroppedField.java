package fi.ekokartta.exchange.ptv;

/**
 * A PTV field that has no place in HSDS or in Ekokartta's model, or a code we cannot map, so it is
 * left out of the import.
 *
 * @param itemId     the PTV id of the organization, service or channel it belongs to
 * @param path       where it is in the PTV document, e.g. {@code serviceDescriptions[type=DeadLine]}
 * @param messageKey why (vaadin-i18n, keys {@code ptv.dropped.*}); its argument is {@code value}
 * @param value      the dropped value, shortened, or the unmapped code
 */
public record PtvDroppedField(String itemId, String path, String messageKey, String value) {

    public static final String NO_PLACE = "ptv.dropped.no-place";
    public static final String UNKNOWN_SERVICE_CLASS = "ptv.dropped.unknown-service-class";
    public static final String UNKNOWN_TARGET_GROUP = "ptv.dropped.unknown-target-group";
    public static final String UNKNOWN_LANGUAGE = "ptv.dropped.unknown-language";
    public static final String NOT_A_MUNICIPALITY = "ptv.dropped.not-a-municipality";
    public static final String CHANNEL_NOT_IN_FILES = "ptv.dropped.channel-not-in-files";
    public static final String ORGANIZATION_NOT_IN_FILES = "ptv.dropped.organization-not-in-files";
    public static final String HOURS_OVER_MIDNIGHT = "ptv.dropped.hours-over-midnight";
    public static final String HOURS_ALWAYS_OPEN = "ptv.dropped.hours-always-open";
    public static final String HOURS_LONG_EXCEPTION = "ptv.dropped.hours-long-exception";
}
