package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.Hibernate;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A canonical text of an object's imported fields, so that an imported object and the stored one
 * of the same id can be compared: equal texts mean the import would change nothing, and the
 * stored object keeps its version. References compare by id; owned parts (channels, contacts,
 * opening hours) compare by their content, not by their generated ids nor their order; an empty embedded text
 * equals a missing one, as the database cannot tell them apart.
 */
final class ImportFingerprint {

    private final PersistenceUnitUtil ids;

    ImportFingerprint(PersistenceUnitUtil ids) {
        this.ids = ids;
    }

    String of(Object entity) {
        Object real = Hibernate.unproxy(entity);
        StringBuilder text = new StringBuilder();
        for (Field field : ImportedFields.of(real.getClass())) {
            text.append(field.getName()).append('=').append(value(field, ImportedFields.get(field, real))).append(';');
        }
        return text.toString();
    }

    private String value(Field field, Object value) {
        if (isReference(field)) {
            return value instanceof Collection<?> references
                    ? sorted(references.stream().map(this::reference).toList()) : reference(value);
        }
        return value(value);
    }

    private String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return sorted(items.stream().map(this::value).toList());
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        Object real = Hibernate.unproxy(value);
        if (real.getClass().getPackageName().startsWith("java.")) {
            return '"' + real.toString().replace("\"", "\\\"") + '"';
        }
        return part(real);
    }

    /** An embedded value or an owned entity: its fields, without id, version and the link to its owner. */
    private String part(Object part) {
        List<String> fields = new ArrayList<>();
        boolean empty = true;
        for (Field field : ImportedFields.contentOf(part.getClass())) {
            if (field.getDeclaringClass() != PositionedEntity.class) {
                String text = value(field, ImportedFields.get(field, part));
                empty &= text.isEmpty() || text.equals("[]");
                fields.add(field.getName() + '=' + text);
            }
        }
        return empty && !part.getClass().isAnnotationPresent(Entity.class) ? "" : "{" + String.join(",", fields) + "}";
    }

    private String reference(Object entity) {
        if (entity == null) {
            return "";
        }
        Object id = entity instanceof BaseEntity base ? base.getId() : ids.getIdentifier(entity);
        return Hibernate.getClass(entity).getSimpleName() + ':' + id;
    }

    private static boolean isReference(Field field) {
        return field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(ManyToMany.class)
                || field.isAnnotationPresent(OneToOne.class);
    }

    private static String sorted(List<String> items) {
        return items.stream().sorted().collect(Collectors.joining("|", "[", "]"));
    }
}
