package fi.ekokartta.stewardship;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is e-mailed for an actor outside the weekly reminders (the yearly self-assessment): the
 * same people its reminders go to ({@link ReminderPlan#recipients}) — the user who keeps the actor
 * when she still may, otherwise every active maintainer of its responsible organization (else of
 * the actor itself) or of an organization above it.
 */
@Component
@Transactional(readOnly = true)
public class ActorMailRecipients {

    /** A user to e-mail. */
    public record Recipient(UUID userId, String name, String email) {
    }

    private final ReminderEntries entries;
    private final EntityManager entityManager;

    ActorMailRecipients(ReminderEntries entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    /** The recipients of each of the actors; an actor nobody can be e-mailed for has an empty list. */
    public Map<UUID, List<Recipient>> of(List<UUID> actorIds) {
        ReminderPlan plan = new ReminderPlan(entries.keepers(), entries.parents());
        Map<UUID, UUID[]> keeping = new HashMap<>();
        if (!actorIds.isEmpty()) {
            entityManager.createQuery("""
                            select a.id, ra.id, k.user.id from Actor a left join a.responsibility.responsibleActor ra
                            left join EntryKeeper k on k.actor = a where a.id in :ids""", Object[].class)
                    .setParameter("ids", actorIds).getResultList()
                    .forEach(row -> keeping.put((UUID) row[0], new UUID[]{(UUID) row[1], (UUID) row[2]}));
        }
        Map<UUID, List<Recipient>> recipients = new HashMap<>();
        for (UUID actorId : actorIds) {
            UUID[] kept = keeping.getOrDefault(actorId, new UUID[2]);
            UUID responsible = kept[0] != null ? kept[0] : actorId;
            recipients.put(actorId, plan.recipients(kept[1], responsible).stream()
                    .map(keeper -> new Recipient(keeper.id(), keeper.name(), keeper.email())).toList());
        }
        return recipients;
    }
}
