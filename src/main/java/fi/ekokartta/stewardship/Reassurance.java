package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.security.AuditAction;
import fi.ekokartta.security.AuditLog;
import fi.ekokartta.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * "Tiedot ovat ajan tasalla": the keeper says an entry is still correct. Its assured date (HSDS
 * {@code assured_date}; for a service also its last review, for an actor its last review) becomes
 * today in Finnish time, and its assurer ({@code assurer_email}) the user's e-mail address, else
 * her username. It is <em>not</em> a content change: the columns are written with a JPQL bulk
 * update, which leaves the row's {@code @Version} and {@code last_modified} as they were and
 * makes no Envers revision. So an editor open on the entry saves over its loaded version without
 * a conflict (the save reads the row anew and keeps the new assured date), and the lists' "last
 * change" does not move. The step is recorded in the audit log ({@link AuditAction#ENTRY_REASSURED}).
 * Who may: whoever may edit the entry ({@link EditingRights#keepsCurrent}); refusals are logged.
 * The assured date is not in the search index (the card reads it from the database), so nothing
 * is indexed; caches of derived documents are told ({@link ContentChanges#changedInBulk}).
 */
@Service
@Transactional
public class Reassurance {

    /** What was recorded: the day and the assurer. */
    public record Reassured(LocalDate assuredDate, String assurer) {
    }

    /** What a re-assurance of several entries recorded: how many, the day and the assurer. */
    public record BulkReassured(int count, LocalDate assuredDate, String assurer) {
    }

    /**
     * A re-assurance of several entries refused because the user may not re-assure one of them,
     * named here for the message; none of them was changed.
     */
    public static final class RefusedEntry extends AccessDeniedException {
        private final transient LocalizedText entryName;

        RefusedEntry(AccessDeniedException refusal, LocalizedText entryName) {
            super(refusal.getMessage());
            this.entryName = entryName;
        }

        public LocalizedText getEntryName() {
            return entryName;
        }
    }

    private final EntityManager entityManager;
    private final EditingRights rights;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    Reassurance(EntityManager entityManager, EditingRights rights, CurrentUser currentUser, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.rights = rights;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    public Reassured reassureService(UUID id) {
        Offering offering = entityManager.find(Offering.class, id);
        if (offering == null) {
            throw unknown();
        }
        if (!rights.keepsCurrent(offering.getResponsibility().getResponsibleActor())) {
            throw rights.refused("re-assure", id);
        }
        Reassured reassured = new Reassured(FinnishDates.today(), assurer());
        entityManager.createQuery("update Offering o set o.assuredDate = :day, o.assurer = :assurer,"
                        + " o.responsibility.lastReviewed = :day where o.id = :id")
                .setParameter("day", reassured.assuredDate()).setParameter("assurer", reassured.assurer())
                .setParameter("id", id).executeUpdate();
        return recorded(reassured, EntryKind.SERVICE, id);
    }

    public Reassured reassureActor(UUID id) {
        Actor actor = entityManager.find(Actor.class, id);
        if (actor == null) {
            throw unknown();
        }
        if (!rights.keepsCurrent(actor.getResponsibility().getResponsibleActor())) {
            throw rights.refused("re-assure", id);
        }
        Reassured reassured = new Reassured(FinnishDates.today(), assurer());
        entityManager.createQuery("update Actor a set a.responsibility.lastReviewed = :day, a.assurer = :assurer"
                        + " where a.id = :id")
                .setParameter("day", reassured.assuredDate()).setParameter("assurer", reassured.assurer())
                .setParameter("id", id).executeUpdate();
        return recorded(reassured, EntryKind.ACTOR, id);
    }

    /**
     * Re-assures several entries of one kind at once (the lists' "Merkitse valitut ajan tasalla
     * oleviksi"), in one transaction and all or nothing: every entry is checked first, and if one
     * is gone ({@link RejectedInputException}) or the user may not re-assure it
     * ({@link RefusedEntry}, naming it; the refusal is logged), none is changed. Each re-assured
     * entry gets its audit row, as one re-assured alone does.
     */
    public BulkReassured reassureAll(EntryKind kind, Collection<UUID> ids) {
        List<UUID> chosen = List.copyOf(new LinkedHashSet<>(ids));
        if (chosen.isEmpty()) {
            throw new RejectedInputException("review.bulk.none");
        }
        for (UUID id : chosen) {
            Actor responsible;
            LocalizedText name;
            if (kind == EntryKind.SERVICE) {
                Offering offering = entityManager.find(Offering.class, id);
                if (offering == null) {
                    throw unknown();
                }
                responsible = offering.getResponsibility().getResponsibleActor();
                name = offering.getName();
            } else {
                Actor actor = entityManager.find(Actor.class, id);
                if (actor == null) {
                    throw unknown();
                }
                responsible = actor.getResponsibility().getResponsibleActor();
                name = actor.getName();
            }
            if (!rights.keepsCurrent(responsible)) {
                throw new RefusedEntry(rights.refused("re-assure", id), name);
            }
        }
        Reassured reassured = new Reassured(FinnishDates.today(), assurer());
        String update = kind == EntryKind.SERVICE
                ? "update Offering o set o.assuredDate = :day, o.assurer = :assurer, o.responsibility.lastReviewed = :day"
                        + " where o.id in :ids"
                : "update Actor a set a.responsibility.lastReviewed = :day, a.assurer = :assurer where a.id in :ids";
        entityManager.createQuery(update).setParameter("day", reassured.assuredDate())
                .setParameter("assurer", reassured.assurer()).setParameter("ids", new ArrayList<>(chosen)).executeUpdate();
        chosen.forEach(id -> recorded(reassured, kind, id));
        return new BulkReassured(chosen.size(), reassured.assuredDate(), reassured.assurer());
    }

    /**
     * The entry's last assurance, for an editor to show beside the button (null day when never);
     * read by those who may edit it.
     */
    @Transactional(readOnly = true)
    public Reassured last(EntryKind kind, UUID id) {
        if (kind == EntryKind.SERVICE) {
            Offering offering = entityManager.find(Offering.class, id);
            if (offering == null) {
                throw unknown();
            }
            if (!rights.keepsCurrent(offering.getResponsibility().getResponsibleActor())) {
                throw rights.refused("read assurance", id);
            }
            return new Reassured(offering.getAssuredDate(), offering.getAssurer());
        }
        Actor actor = entityManager.find(Actor.class, id);
        if (actor == null) {
            throw unknown();
        }
        if (!rights.keepsCurrent(actor.getResponsibility().getResponsibleActor())) {
            throw rights.refused("read assurance", id);
        }
        return new Reassured(actor.getResponsibility().getLastReviewed(), actor.getAssurer());
    }

    /**
     * Every re-assurance of the entry, newest first, as history entries: they change no content
     * and make no revision of their own, so the audit log is where they are kept. Read by those
     * who may edit the entry, as its history is.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(EntryKind kind, UUID id) {
        last(kind, id);
        return auditLog.about(AuditAction.ENTRY_REASSURED, subject(kind, id)).stream()
                .map(event -> new HistoryEntry(0, event.getOccurredAt(), event.getUsername(), HistoryEntry.Kind.ASSURED,
                        List.of(), false)).toList();
    }

    /**
     * A page of {@link #history}: up to {@code size} + 1 re-assurances before {@code before} (null:
     * the newest), newest first, for a history read a page at a time.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(EntryKind kind, UUID id, Instant before, int size) {
        last(kind, id);
        return auditLog.about(AuditAction.ENTRY_REASSURED, subject(kind, id), before, size + 1).stream()
                .map(event -> new HistoryEntry(0, event.getOccurredAt(), event.getUsername(), HistoryEntry.Kind.ASSURED,
                        List.of(), false)).toList();
    }

    /** Whether the signed-in user may re-assure entries at all (coordinators and maintainers), for showing the buttons. */
    public boolean mayReassure() {
        return rights.isCoordinator() || rights.isMaintainer();
    }

    private Reassured recorded(Reassured reassured, EntryKind kind, UUID id) {
        ContentChanges.changedInBulk();
        auditLog.record(AuditAction.ENTRY_REASSURED, subject(kind, id));
        return reassured;
    }

    /** The user's e-mail address, else her username. */
    private String assurer() {
        String username = currentUser.username().orElseThrow();
        return entityManager.createQuery("select u.email from AppUser u where u.username = :username", String.class)
                .setParameter("username", username).getResultStream()
                .filter(email -> email != null && !email.isBlank()).findFirst().orElse(username);
    }

    private static String subject(EntryKind kind, UUID id) {
        return "/" + kind.pagePath() + id;
    }

    private static RejectedInputException unknown() {
        return new RejectedInputException("feedback.error.entry-unknown");
    }
}
