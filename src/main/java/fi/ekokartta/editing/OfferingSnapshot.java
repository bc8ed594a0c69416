package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A service as one revision of its history holds it: the content an editor sets, the status,
 * the responsible organization and the assurance, with the names (in the reader's language) of
 * the classes, target groups, municipalities, actors and program it refers to, as they were then.
 */
record OfferingSnapshot(OfferingContent content, OfferingStatus status, UUID responsibleActorId, LocalDate assuredDate,
                        String assurer, Map<String, String> names) {

    /** Reads an entity (managed, or loaded by Envers at a revision) while its session is open. */
    static OfferingSnapshot of(Offering o, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (TaxonomyTerm term : o.getClasses()) {
            names.put(term.getId().toString(), term.getName().get(locale));
        }
        for (TargetGroup group : o.getTargetGroups()) {
            names.put(group.getId().toString(), group.getName().get(locale));
        }
        for (Municipality municipality : o.getMunicipalities()) {
            names.put(municipality.getCode(), municipality.getName(locale));
        }
        for (Actor actor : o.getCoProducers()) {
            names.put(actor.getId().toString(), actor.getName().get(locale));
        }
        if (o.getProgram() != null) {
            names.put(o.getProgram().getId().toString(), o.getProgram().getName().get(locale));
        }
        Actor responsible = o.getResponsibility().getResponsibleActor();
        if (responsible != null) {
            names.put(responsible.getId().toString(), responsible.getName().get(locale));
        }
        return new OfferingSnapshot(OfferingContent.of(o), o.getStatus(), responsible == null ? null : responsible.getId(),
                o.getAssuredDate(), o.getAssurer(), Map.copyOf(names));
    }

    /** The name of a class, target group, actor, program (by id) or municipality (by code); the key itself if unknown. */
    String name(Object key) {
        return key == null ? null : names.getOrDefault(key.toString(), key.toString());
    }

    /** Whether only the assured date or the assurer differ from the other version. */
    boolean onlyAssuranceDiffers(OfferingSnapshot other) {
        return sameExceptAssurance(other)
                && (!Objects.equals(assuredDate, other.assuredDate) || !Objects.equals(assurer, other.assurer));
    }

    /** Whether the content, the status and the responsibility are the same. */
    boolean sameExceptAssurance(OfferingSnapshot other) {
        return sameContent(other) && status == other.status && Objects.equals(responsibleActorId, other.responsibleActorId);
    }

    /** Whether the content an editor sets is the same (channels and contacts compared without their ids). */
    boolean sameContent(OfferingSnapshot other) {
        return OfferingConflicts.withoutIds(content).equals(OfferingConflicts.withoutIds(other.content));
    }
}
