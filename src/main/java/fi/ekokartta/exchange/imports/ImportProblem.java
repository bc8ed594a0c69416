package fi.ekokartta.exchange.imports;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong in an import, precise enough to fix it: the file, the entry (position, id and
 * name where known), the field and what is wrong, as a message key of the fi/sv/en translations.
 */
public record ImportProblem(String file, String entry, String field, String key, List<Object> args) {

    public ImportProblem {
        // Arguments may be null (an empty cell, a missing value) and still be shown.
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /** What is wrong, without where, in the given language. */
    public String message(Locale locale) {
        return ImportTexts.text(locale, key, args.toArray());
    }

    /** File, entry, field and message in the given language. */
    public String describe(Locale locale) {
        StringBuilder text = new StringBuilder(file);
        if (entry != null) {
            text.append(", ").append(entry);
        }
        if (field != null) {
            text.append(", ").append(ImportTexts.text(locale, "import.field", field));
        }
        return text.append(": ").append(message(locale)).toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
