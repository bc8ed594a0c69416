package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of each stored kind that an HSDS import sets. Only these are compared and copied on
 * a re-import, so what the application keeps beside the exchanged data (update responsibility,
 * review dates, actor status) is never touched by an import.
 */
final class ImportedFields {

    private static final Map<Class<?>, List<String>> NAMES = Map.of(
            TaxonomyTerm.class, List.of("code", "name", "description", "parent", "taxonomy", "ptvClass", "termUri"),
            TargetGroup.class, List.of("code", "name", "description"),
            Actor.class, List.of("name", "alternateName", "description", "sector", "businessId", "parent",
                    "municipalities", "website", "email", "phone", "contacts", "programs", "websites", "identifiers", "legalStatus",
                    "yearIncorporated", "logo", "uri", "funding"),
            Offering.class, List.of("name", "summary", "description", "keywords", "classes", "targetGroups",
                    "municipalities", "languages", "channels", "contacts", "access", "howToGetThere",
                    "referralInstructions", "internalNote", "chargeType", "costDescription", "eligibility",
                    "minimumAge", "maximumAge", "validFrom", "validTo", "funding", "provider", "coProducers", "status",
                    "assuredDate", "assurer", "capacities", "alternateName", "alert", "interpretationServices",
                    "accreditations", "costOptions", "requiredDocuments", "areas", "program"));

    private ImportedFields() {
    }

    static List<Field> of(Class<?> kind) {
        List<Field> fields = new ArrayList<>();
        for (String name : NAMES.get(kind)) {
            fields.add(field(kind, name));
        }
        return fields;
    }

    /**
     * The content of a part or an embedded value (a channel, a contact's details): every field but
     * statics, its id, its version and its link to its owner, superclasses' fields included.
     */
    static List<Field> contentOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> step = type; step != null && step != Object.class; step = step.getSuperclass()) {
            for (Field field : step.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(Id.class)
                        && !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(ManyToOne.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    static Field field(Class<?> type, String name) {
        for (Class<?> step = type; step != null; step = step.getSuperclass()) {
            try {
                Field field = step.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
    }

    static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Field field, Object owner, Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
