package fi.ekokartta.base.ui;

/** Between stored values and form fields: a field shows "" for nothing, and sends nothing for blank. */
public final class FieldText {

    private FieldText() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
