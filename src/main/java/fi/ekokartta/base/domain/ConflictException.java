package fi.ekokartta.base.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * The conflict of a save of submitted content over stored content of the same record type:
     * each component that differs is named with its stored value.
     */
    public static <R extends Record> ConflictException between(String entry, long expectedVersion, long currentVersion,
                                                               R stored, R submitted) {
        List<ChangedField> changed = new ArrayList<>();
        for (RecordComponent component : stored.getClass().getRecordComponents()) {
            Object storedValue = value(component, stored);
            if (!Objects.equals(storedValue, value(component, submitted))) {
                changed.add(new ChangedField(component.getName(), String.valueOf(storedValue)));
            }
        }
        return new ConflictException(entry, expectedVersion, currentVersion, changed);
    }

    private static Object value(RecordComponent component, Record content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** The version to send when saving again over the other person's changes. */
    public long getCurrentVersion() {
        return currentVersion;
    }

    public List<ChangedField> getChangedFields() {
        return changedFields;
    }
}
