package fi.ekokartta.base.domain;

/**
 * One change of one field between two versions of an entry, as the history shows it. The field
 * is named as the editors name their fields ({@code name.fi}, {@code classes},
 * {@code channels[0].phone}, {@code channels[0].openingHours[1]}); values are readable text
 * (names rather than ids), or an enum constant's name for fields whose values the UI translates
 * (status, cost, access, channel type, visibility). An empty value is null.
 */
public record FieldChange(String field, Kind kind, String before, String after) {

    /** A value set or replaced, an item added to a list or set, or one taken away. */
    public enum Kind {
        CHANGED, ADDED, REMOVED
    }

    public static FieldChange changed(String field, String before, String after) {
        return new FieldChange(field, Kind.CHANGED, before, after);
    }

    public static FieldChange added(String field, String value) {
        return new FieldChange(field, Kind.ADDED, null, value);
    }

    public static FieldChange removed(String field, String value) {
        return new FieldChange(field, Kind.REMOVED, value, null);
    }
}
