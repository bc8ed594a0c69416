package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Changes to the relationships between actors, every permission decided here: coordinators create,
 * change, end and delete every relationship; a maintainer those whose source actor she keeps current
 * ({@link EditingRights}: her organizations and the units under them), and she moves a relationship
 * only to such a source. Administrators, counsellors and anonymous visitors change nothing. Each
 * command is one transaction: permission, then version, then every field, and only then a write, so
 * a refusal changes nothing.
 *
 * <p>A relationship joins two different active actors, has a type, begins no later than it ends,
 * and is not a second one of the same type from the same source to the same target whose validity
 * overlaps it (the source actor's row is locked while this is checked, so two saves take turns).
 */
@Service
@Transactional
public class RelationshipEditing {

    static final int MAX_DESCRIPTION_LENGTH = 2000;

    /** A relationship as the editor loads it, with the version its save must carry. */
    public record Editable(UUID id, long version, RelationshipContent content) {
    }

    private final ActorRelationshipRepository relationships;
    private final ActorRepository actors;
    private final EditingRights rights;

    RelationshipEditing(ActorRelationshipRepository relationships, ActorRepository actors, EditingRights rights) {
        this.relationships = relationships;
        this.actors = actors;
        this.rights = rights;
    }

    /** Whether the user may create relationships at all (from some actor she keeps current). */
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return !sourceChoices().isEmpty();
    }

    /** The active actors the user may make a relationship from, by Finnish name; empty for those who may make none. */
    @Transactional(readOnly = true)
    public List<RoleCatalog.Named> sourceChoices() {
        if (!rights.isCoordinator() && !rights.isMaintainer()) {
            return List.of();
        }
        return actors.findActiveByName().stream().filter(rights::keepsCurrent)
                .map(actor -> new RoleCatalog.Named(actor.getId(), actor.getName())).toList();
    }

    /** Whether the user may make and change relationships from the actor (she keeps it current). */
    @Transactional(readOnly = true)
    public boolean mayEditFrom(UUID actorId) {
        return actorId != null && (rights.isCoordinator() || rights.isMaintainer())
                && actors.findById(actorId).filter(Actor::isActive).map(rights::keepsCurrent).orElse(false);
    }

    /** The active actors a relationship may lead to, by Finnish name. */
    @Transactional(readOnly = true)
    public List<RoleCatalog.Named> targetChoices() {
        if (!rights.isCoordinator() && !rights.isMaintainer()) {
            return List.of();
        }
        return actors.findActiveByName().stream()
                .map(actor -> new RoleCatalog.Named(actor.getId(), actor.getName())).toList();
    }

    /** The ids of the relationships the user may change, among those given. */
    @Transactional(readOnly = true)
    public Set<UUID> editable(Set<UUID> ids) {
        if (!rights.isCoordinator() && !rights.isMaintainer()) {
            return Set.of();
        }
        return relationships.findAllById(ids).stream().filter(r -> rights.keepsCurrent(r.getSource()))
                .map(ActorRelationship::getId).collect(Collectors.toSet());
    }

    /** The relationship for the editor, if the user may change it. */
    @Transactional(readOnly = true)
    public Optional<Editable> load(UUID id) {
        return relationships.findById(id).filter(r -> rights.keepsCurrent(r.getSource()))
                .map(r -> new Editable(r.getId(), version(r.getVersion()), new RelationshipContent(r.getSource().getId(),
                        r.getTarget().getId(), r.getType(), copy(r.getDescription()), r.getValidFrom(), r.getValidTo())));
    }

    public UUID create(RelationshipContent content) {
        Actor source = content.sourceId() == null ? null : actors.findForEditing(content.sourceId()).orElse(null);
        if (!rights.keepsCurrent(source)) {
            throw rights.refused("create relationship from actor", content.sourceId());
        }
        Actor target = target(content);
        validate(null, content, source, target);
        ActorRelationship relationship = new ActorRelationship();
        apply(relationship, content, source, target);
        return relationships.save(relationship).getId();
    }

    public void update(UUID id, long version, RelationshipContent content) {
        ActorRelationship relationship = find(id);
        if (!rights.keepsCurrent(relationship.getSource())) {
            throw rights.refused("edit relationship", id);
        }
        Actor source = content.sourceId() == null ? null : actors.findForEditing(content.sourceId()).orElse(null);
        if (source != null && !rights.keepsCurrent(source)) {
            throw rights.refused("move relationship to source actor", source.getId());
        }
        checkVersion(id, version, relationship);
        Actor target = target(content);
        validate(id, content, source, target);
        apply(relationship, content, source, target);
    }

    /** Ends the relationship on the day (today when null): it holds up to and including that day. */
    public void end(UUID id, long version, LocalDate lastDay) {
        ActorRelationship relationship = find(id);
        if (!rights.keepsCurrent(relationship.getSource())) {
            throw rights.refused("end relationship", id);
        }
        checkVersion(id, version, relationship);
        LocalDate day = lastDay == null ? FinnishDates.today() : lastDay;
        if (relationship.getValidFrom() != null && day.isBefore(relationship.getValidFrom())) {
            throw new ValidationException(Map.of("validTo", "network.error.end-before-start"));
        }
        relationship.setValidTo(day);
    }

    public void delete(UUID id, long version) {
        ActorRelationship relationship = find(id);
        if (!rights.keepsCurrent(relationship.getSource())) {
            throw rights.refused("delete relationship", id);
        }
        checkVersion(id, version, relationship);
        relationships.delete(relationship);
    }

    private ActorRelationship find(UUID id) {
        return relationships.findById(id).orElseThrow(() -> new RejectedInputException("network.error.not-found"));
    }

    private Actor target(RelationshipContent content) {
        return content.targetId() == null ? null : actors.findById(content.targetId()).orElse(null);
    }

    private static long version(Long stored) {
        return stored == null ? 0 : stored;
    }

    private static void checkVersion(UUID id, long expected, ActorRelationship relationship) {
        long current = version(relationship.getVersion());
        if (current != expected) {
            throw new ConflictException("Relationship " + id, expected, current, List.of());
        }
    }

    private void validate(UUID id, RelationshipContent content, Actor source, Actor target) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (source == null) {
            errors.put("source", "network.error.source-required");
        } else if (!source.isActive()) {
            errors.put("source", "network.error.actor-archived");
        }
        if (target == null) {
            errors.put("target", "network.error.target-required");
        } else if (!target.isActive()) {
            errors.put("target", "network.error.actor-archived");
        } else if (source != null && source.getId().equals(target.getId())) {
            errors.put("target", "network.error.same-actor");
        }
        if (content.type() == null) {
            errors.put("type", "network.error.type-required");
        }
        if (content.validFrom() != null && content.validTo() != null && content.validTo().isBefore(content.validFrom())) {
            errors.put("validTo", "network.error.end-before-start");
        }
        for (String language : List.of("fi", "sv", "en")) {
            content.description().in(language).filter(text -> text.strip().length() > MAX_DESCRIPTION_LENGTH)
                    .ifPresent(text -> errors.put("description." + language, "network.error.description-too-long"));
        }
        if (errors.isEmpty() && overlaps(id, content, source, target)) {
            errors.put("validFrom", "network.error.overlap");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Whether another relationship of the type from the source to the target holds on some day this one does. */
    private boolean overlaps(UUID id, RelationshipContent content, Actor source, Actor target) {
        LocalDate from = content.validFrom() == null ? LocalDate.MIN : content.validFrom();
        LocalDate to = content.validTo() == null ? LocalDate.MAX : content.validTo();
        return relationships.findInvolving(source.getId()).stream()
                .filter(other -> !other.getId().equals(id))
                .filter(other -> other.getSource().getId().equals(source.getId())
                        && other.getTarget().getId().equals(target.getId()) && other.getType() == content.type())
                .anyMatch(other -> {
                    LocalDate otherFrom = other.getValidFrom() == null ? LocalDate.MIN : other.getValidFrom();
                    LocalDate otherTo = other.getValidTo() == null ? LocalDate.MAX : other.getValidTo();
                    return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
                });
    }

    private static void apply(ActorRelationship relationship, RelationshipContent content, Actor source, Actor target) {
        relationship.setSource(source);
        relationship.setTarget(target);
        relationship.setType(content.type());
        LocalizedText text = content.description();
        relationship.setDescription(new LocalizedText(trim(text.getFi()), trim(text.getSv()), trim(text.getEn())));
        relationship.setValidFrom(content.validFrom());
        relationship.setValidTo(content.validTo());
    }

    private static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.getFi(), text.getSv(), text.getEn());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
