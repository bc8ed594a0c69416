package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;

import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.HistoryPage;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.stewardship.EditingRights;
import fi.ekokartta.stewardship.Revisions;
import fi.ekokartta.stewardship.Revisions.Revision;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The change history of an actor, as {@code OfferingHistory} gives a service's: every revision,
 * newest first, with who, when and what changed per field (texts per language, sector, Business
 * ID, parent (compared by id, shown by name), contact details, status, the approval requirement and the responsible
 * organization, the registration details, the programs added, removed or changed), and the restoring of a version's content through {@link ActorEditing#update}
 * as a new revision. Whoever may edit the actor may read and restore its history.
 */
@Service
@Transactional
public class ActorHistory {

    /** An actor as one revision holds it, with the names of the actors it refers to. */
    private record Snapshot(ActorContent content, ActorStatus status, boolean approvalRequired, String parent,
                            UUID responsibleId, String responsible) {

        static Snapshot of(Actor a, Locale locale) {
            Actor responsible = a.getResponsibility().getResponsibleActor();
            return new Snapshot(ActorContent.of(a), a.getStatus(), a.isApprovalRequired(),
                    a.getParent() == null ? null : a.getParent().getName().get(locale),
                    responsible == null ? null : responsible.getId(),
                    responsible == null ? null : responsible.getName().get(locale));
        }
    }

    private final ActorRepository actors;
    private final EditingRights rights;
    private final ActorEditing editing;
    private final EntityManager entityManager;

    ActorHistory(ActorRepository actors, EditingRights rights, ActorEditing editing, EntityManager entityManager) {
        this.actors = actors;
        this.rights = rights;
        this.editing = editing;
        this.entityManager = entityManager;
    }

    /** Every saved version of the actor, newest first, with its changes from the one before. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(UUID id, Locale locale) {
        requireKeeper(id, "read the history of actor");
        List<Revision<Actor>> revisions = Revisions.of(entityManager, Actor.class, id);
        List<Snapshot> snapshots = revisions.stream().map(r -> Snapshot.of(r.entity(), locale)).toList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision<Actor> revision = revisions.get(i);
            boolean restorable = i < revisions.size() - 1 && !snapshots.get(i).content().equals(snapshots.getLast().content());
            if (i == 0) {
                entries.add(new HistoryEntry(revision.number(), revision.savedAt(), revision.username(),
                        HistoryEntry.Kind.CREATED, List.of(), restorable));
            } else {
                entries.add(new HistoryEntry(revision.number(), revision.savedAt(), revision.username(),
                        HistoryEntry.Kind.CHANGED, changes(snapshots.get(i - 1), snapshots.get(i)), restorable));
            }
        }
        return entries.reversed();
    }

    /** A page of the actor's versions, newest first: up to {@code size} + 1 of those before the revision {@code before}. */
    @Transactional(readOnly = true)
    public HistoryPage.Versions page(UUID id, Locale locale, long before, int size) {
        requireKeeper(id, "read the history of actor");
        return Revisions.page(entityManager, Actor.class, id, before, size, actor -> Snapshot.of(actor, locale),
                (a, b) -> a.content().equals(b.content()), (revision, older, now, restorable) -> new HistoryEntry(revision.number(),
                        revision.savedAt(), revision.username(), older == null ? HistoryEntry.Kind.CREATED : HistoryEntry.Kind.CHANGED,
                        older == null ? List.of() : changes(older, now), restorable));
    }

    /** Saves the actor's content at the revision over the version the editor loaded, as a new revision. */
    public long restore(UUID id, long revision, long expectedVersion) {
        requireKeeper(id, "restore a version of actor");
        Actor old = Revisions.find(entityManager, Actor.class, id, revision)
                .orElseThrow(() -> new RejectedInputException("history.error.revision-unknown"));
        return editing.update(id, expectedVersion, ActorContent.of(old));
    }

    private void requireKeeper(UUID id, String operation) {
        Actor actor = actors.findById(id).orElseThrow(() -> new RejectedInputException("feedback.error.entry-unknown"));
        if (!rights.keepsCurrent(actor.getResponsibility().getResponsibleActor())) {
            throw rights.refused(operation, id);
        }
    }

    private static List<FieldChange> changes(Snapshot before, Snapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        ActorContent b = before.content();
        ActorContent a = after.content();
        value(changes, "status", name(before.status()), name(after.status()));
        text(changes, "name", b.name(), a.name());
        value(changes, "alternateName", b.alternateName(), a.alternateName());
        text(changes, "description", b.description(), a.description());
        value(changes, "sector", name(b.sector()), name(a.sector()));
        value(changes, "businessId", b.businessId(), a.businessId());
        if (!Objects.equals(b.parentId(), a.parentId())) {
            changes.add(FieldChange.changed("parent", before.parent(), after.parent()));
        }
        value(changes, "website", b.website(), a.website());
        value(changes, "email", b.email(), a.email());
        value(changes, "phone", b.phone(), a.phone());
        value(changes, "websites", websites(b), websites(a));
        value(changes, "identifiers", identifiers(b), identifiers(a));
        programs(changes, b.programs(), a.programs());
        ActorContent.Registration rb = b.registration();
        ActorContent.Registration ra = a.registration();
        value(changes, "legalStatus", rb.legalStatus(), ra.legalStatus());
        value(changes, "yearIncorporated", Objects.toString(rb.yearIncorporated(), null),
                Objects.toString(ra.yearIncorporated(), null));
        value(changes, "logo", rb.logo(), ra.logo());
        value(changes, "uri", rb.uri(), ra.uri());
        value(changes, "funding", rb.funding(), ra.funding());
        value(changes, "approvalRequired", String.valueOf(before.approvalRequired()), String.valueOf(after.approvalRequired()));
        if (!Objects.equals(before.responsibleId(), after.responsibleId())) {
            changes.add(FieldChange.changed("responsibleActor", before.responsible(), after.responsible()));
        }
        return changes;
    }

    private static String websites(ActorContent content) {
        return content.websites().stream().map(w -> w.label() == null ? w.url() : w.label() + " " + w.url())
                .collect(Collectors.joining(", "));
    }

    /**
     * Programs added, removed or changed, each named by its names ("Nuorten tuki / Ungdomsstöd"),
     * a changed one with its names, alternate names and description before and after.
     */
    private static void programs(List<FieldChange> changes, List<ActorContent.Program> old, List<ActorContent.Program> now) {
        Map<UUID, ActorContent.Program> oldById = new LinkedHashMap<>();
        old.stream().filter(p -> p.id() != null).forEach(p -> oldById.put(p.id(), p));
        Set<UUID> kept = new HashSet<>();
        now.stream().map(ActorContent.Program::id).filter(Objects::nonNull).forEach(kept::add);
        for (ActorContent.Program program : old) {
            if (!kept.contains(program.id())) {
                changes.add(FieldChange.removed("programs", names(program.name())));
            }
        }
        for (ActorContent.Program program : now) {
            ActorContent.Program was = program.id() == null ? null : oldById.get(program.id());
            if (was == null) {
                changes.add(FieldChange.added("programs", names(program.name())));
            } else if (!was.equals(program)) {
                changes.add(FieldChange.changed("programs", program(was), program(program)));
            }
        }
    }

    private static String program(ActorContent.Program p) {
        String text = names(p.name());
        String alternate = names(p.alternateName());
        String description = names(p.description());
        return text + (alternate.isEmpty() ? "" : " (" + alternate + ")") + (description.isEmpty() ? "" : ": " + description);
    }

    /** The texts of every language, each once: "Nuorten tuki / Ungdomsstöd". */
    private static String names(LocalizedText text) {
        return Stream.of(text.getFi(), text.getSv(), text.getEn()).filter(Objects::nonNull)
                .filter(t -> !t.isBlank()).distinct().collect(Collectors.joining(" / "));
    }

    private static String identifiers(ActorContent content) {
        return content.identifiers().stream().map(i -> i.type() + " " + i.identifier())
                .collect(Collectors.joining(", "));
    }

    private static void text(List<FieldChange> changes, String field, LocalizedText old, LocalizedText now) {
        for (String language : List.of("fi", "sv", "en")) {
            value(changes, field + "." + language, old.in(language).orElse(null), now.in(language).orElse(null));
        }
    }

    private static void value(List<FieldChange> changes, String field, String old, String now) {
        String o = old == null || old.isBlank() ? null : old;
        String n = now == null || now.isBlank() ? null : now;
        if (!Objects.equals(o, n)) {
            changes.add(FieldChange.changed(field, o, n));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
