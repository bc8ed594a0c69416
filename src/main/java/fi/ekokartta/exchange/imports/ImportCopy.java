package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.Hibernate;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Writes imported objects through the entity manager, so that Hibernate Search indexes them: a new
 * object is persisted with its references pointing at stored objects, and a changed one has its
 * imported fields copied onto the stored object of the same id (its owned parts replaced).
 */
final class ImportCopy {

    private final EntityManager entityManager;

    ImportCopy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void create(BaseEntity imported) {
        for (Field field : ImportedFields.of(imported.getClass())) {
            if (field.isAnnotationPresent(ManyToOne.class)) {
                ImportedFields.set(field, imported, managed(ImportedFields.get(field, imported)));
            } else if (field.isAnnotationPresent(ManyToMany.class)) {
                replace(collection(field, imported), List.copyOf(collection(field, imported)), true);
            } else if (field.isAnnotationPresent(OneToMany.class)) {
                collection(field, imported).forEach(this::freshIdIfTaken);
            }
        }
        embeddedReferences(imported);
        entityManager.persist(imported);
    }

    /**
     * References inside embedded values (a new service's update responsibility naming its
     * provider, which may be stored already) point at stored objects too.
     */
    private void embeddedReferences(Object entity) {
        for (Class<?> step = entity.getClass(); step != null && step != Object.class; step = step.getSuperclass()) {
            for (Field field : step.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Embedded.class)) {
                    continue;
                }
                field.setAccessible(true);
                Object embedded = ImportedFields.get(field, entity);
                if (embedded == null) {
                    continue;
                }
                for (Field inner : embedded.getClass().getDeclaredFields()) {
                    if (inner.isAnnotationPresent(ManyToOne.class)) {
                        inner.setAccessible(true);
                        ImportedFields.set(inner, embedded, managed(ImportedFields.get(inner, embedded)));
                    }
                }
            }
        }
    }

    void update(BaseEntity imported, BaseEntity stored) {
        Object target = Hibernate.unproxy(stored);
        for (Field field : ImportedFields.of(imported.getClass())) {
            Object value = ImportedFields.get(field, imported);
            if (value == ImportedFields.get(field, target)) {
                continue; // kept as stored: the source does not carry it (ImportMerge)
            }
            if (field.isAnnotationPresent(ManyToOne.class)) {
                ImportedFields.set(field, target, managed(value));
            } else if (field.isAnnotationPresent(OneToMany.class)) {
                Collection<?> storedParts = List.copyOf(collection(field, target));
                List<?> parts = ((Collection<?>) value).stream().map(part -> sameIdOrNew(part, storedParts)).toList();
                parts.stream().filter(part -> !storedParts.contains(part)).forEach(this::freshIdIfTaken);
                parts.forEach(part -> pointAtOwner(part, target));
                replace(collection(field, target), parts, false);
            } else if (value instanceof Collection<?> items) {
                replace(collection(field, target), List.copyOf(items), field.isAnnotationPresent(ManyToMany.class));
            } else {
                ImportedFields.set(field, target, value);
            }
        }
    }

    /**
     * A part that keeps its id from the source (a capacity figure) and is stored already is the
     * stored object with the imported content, not a second object of the same id.
     */
    private static Object sameIdOrNew(Object part, Collection<?> storedParts) {
        if (!(part instanceof BaseEntity imported)) {
            return part;
        }
        for (Object stored : storedParts) {
            if (stored instanceof BaseEntity same && same.getId().equals(imported.getId())) {
                copyContent(part, stored);
                return stored;
            }
        }
        return part;
    }

    /** A part whose source id another owner's part has already (the source moved it) gets an id of its own. */
    private void freshIdIfTaken(Object part) {
        if (part instanceof BaseEntity entity && entityManager.find(Hibernate.getClass(part), entity.getId()) != null) {
            entity.setId(UUID.randomUUID());
        }
        for (Class<?> step = part.getClass(); step != null && step != Object.class; step = step.getSuperclass()) {
            for (Field field : step.getDeclaredFields()) {
                if (field.isAnnotationPresent(OneToMany.class)) {
                    field.setAccessible(true);
                    collection(field, part).forEach(this::freshIdIfTaken);
                }
            }
        }
    }

    private static void copyContent(Object from, Object to) {
        if (from == to) {
            return; // a stored part kept as it is
        }
        for (Field field : ImportedFields.contentOf(from.getClass())) {
            Object value = ImportedFields.get(field, from);
            if (value instanceof Collection<?> items && ImportedFields.get(field, to) instanceof Collection<?> target) {
                @SuppressWarnings("unchecked")
                Collection<Object> writable = (Collection<Object>) target;
                List<?> storedItems = List.copyOf(target);
                List<?> merged = items.stream().map(item -> sameIdOrNew(item, storedItems)).toList();
                writable.clear();
                writable.addAll(merged);
                merged.forEach(item -> pointAtOwner(item, to));
            } else {
                ImportedFields.set(field, to, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void replace(Collection<?> target, List<?> items, boolean references) {
        Collection<Object> writable = (Collection<Object>) target;
        writable.clear();
        items.forEach(item -> writable.add(references ? managed(item) : item));
    }

    /** A part's link to its owner ({@code offering} of a channel) now points at the stored owner. */
    private static void pointAtOwner(Object part, Object owner) {
        for (Class<?> step = part.getClass(); step != null; step = step.getSuperclass()) {
            for (Field field : step.getDeclaredFields()) {
                if (field.isAnnotationPresent(ManyToOne.class) && field.getType().isAssignableFrom(owner.getClass())) {
                    field.setAccessible(true);
                    ImportedFields.set(field, part, owner);
                }
            }
        }
    }

    private static Collection<?> collection(Field field, Object owner) {
        return (Collection<?>) ImportedFields.get(field, owner);
    }

    /** The managed object of the same id: one stored before, or one persisted earlier in this import. */
    private Object managed(Object reference) {
        if (reference == null || entityManager.contains(reference)) {
            return reference;
        }
        Object id = reference instanceof BaseEntity base ? base.getId()
                : entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(reference);
        Object found = entityManager.find(Hibernate.getClass(reference), id);
        return found != null ? found : reference;
    }
}
