package fi.ekokartta.base.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a record with some of its components replaced, by component name: how a merge takes
 * "theirs" for the fields a user chose after a conflict, without a wither per field.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** The record with the named components replaced; an unknown name is a programming error. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Map<String, ?> replaced) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Set<String> unknown = new HashSet<>(replaced.keySet());
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            unknown.remove(name);
            values[i] = replaced.containsKey(name) ? replaced.get(name) : get(components[i], record);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + unknown);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (R) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /** The value of the named component. */
    public static Object get(Record record, String name) {
        // An empty component (null) is a value like any other: look the component up first, then read it.
        RecordComponent component = Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name));
        return get(component, record);
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
