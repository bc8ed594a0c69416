package fi.ekokartta.base.domain;

import java.util.List;

/**
 * A save refused because someone else saved the entry after the editor loaded it: the editor's
 * version is not the stored one. Carries the fields whose stored values differ from what the
 * editor sent, with the stored values, so the form can show what the other person changed and the
 * user can decide. Nothing has been stored when it is thrown.
 */
public class ConflictException extends RuntimeException {

    /** A field that differs and its value as stored now (text, or a list written as text). */
    public record ChangedField(String field, String currentValue) {
    }

    private final long currentVersion;
    private final List<ChangedField> changedFields;

    public ConflictException(String entry, long expectedVersion, long currentVersion, List<ChangedField> changedFields) {
        super(entry + " was saved by someone else: version " + expectedVersion + " expected, " + currentVersion + " stored");
        this.currentVersion = currentVersion;
        this.changedFields = List.copyOf(changedFields);
    }

    /** The version to send when saving again over the other person's changes. */
    public long getCurrentVersion() {
        return currentVersion;
    }

    public List<ChangedField> getChangedFields() {
        return changedFields;
    }
}
