package fi.ekokartta.base.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    private final transient Record storedContent;

    public ConflictException(String entry, long expectedVersion, long currentVersion, List<ChangedField> changedFields) {
        this(entry, expectedVersion, currentVersion, changedFields, null);
    }

    private ConflictException(String entry, long expectedVersion, long currentVersion, List<ChangedField> changedFields,
                              Record storedContent) {
        super(entry + " was saved by someone else: version " + expectedVersion + " expected, " + currentVersion + " stored");
        this.currentVersion = currentVersion;
        this.changedFields = List.copyOf(changedFields);
        this.storedContent = storedContent;
    }

    /**
     * The conflict of a save of submitted content over stored content of the same record type:
     * each component that differs is named with its stored value.
     */
    public static <R extends Record> ConflictException between(String entry, long expectedVersion, long currentVersion,
                                                               R stored, R submitted) {
        return between(entry, expectedVersion, currentVersion, stored, submitted, UnaryOperator.identity());
    }

    /**
     * As above, comparing the contents as {@code comparable} makes them (for example without the
     * ids of child rows, which new rows lack), while the stored content is kept whole for a merge.
     */
    public static <R extends Record> ConflictException between(String entry, long expectedVersion, long currentVersion,
                                                               R stored, R submitted, UnaryOperator<R> comparable) {
        R storedComparable = comparable.apply(stored);
        R submittedComparable = comparable.apply(submitted);
        List<ChangedField> changed = new ArrayList<>();
        for (RecordComponent component : stored.getClass().getRecordComponents()) {
            Object storedValue = value(component, storedComparable);
            if (!Objects.equals(storedValue, value(component, submittedComparable))) {
                changed.add(new ChangedField(component.getName(), String.valueOf(value(component, stored))));
            }
        }
        return new ConflictException(entry, expectedVersion, currentVersion, changed, stored);
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

    /**
     * The content as stored now, of the record type the editor sent, when the conflict is about
     * content (empty for a status change): a merge takes from it the fields the user keeps theirs.
     */
    public <R extends Record> Optional<R> storedContent(Class<R> type) {
        return type.isInstance(storedContent) ? Optional.of(type.cast(storedContent)) : Optional.empty();
    }
}
