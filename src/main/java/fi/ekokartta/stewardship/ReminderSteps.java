package fi.ekokartta.stewardship;

import fi.ekokartta.stewardship.ReminderEntries.Entry;
import fi.ekokartta.stewardship.ReminderEntries.Keeper;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * One e-mail of {@link Reminders}, each in a transaction of its own that records it: a message the
 * server refuses rolls its record back (it is tried again on the next run) and stops no other.
 * Recording first, with "insert … on conflict do nothing", makes a second run, also one running at
 * the same time, find it sent.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ReminderSteps {

    private final EntityManager entityManager;
    private final ReminderMail mail;

    ReminderSteps(EntityManager entityManager, ReminderMail mail) {
        this.entityManager = entityManager;
        this.mail = mail;
    }

    /** Sends the user's digest unless she was sent one in the week starting on the day. */
    boolean sendDigest(ReminderPlan.Digest digest, LocalDate weekStart, LocalDate today) {
        int recorded = entityManager.createNativeQuery("""
                        insert into reminder_sent (user_id, week_start, kind, sent_at) values (?1, ?2, 'DIGEST', now())
                        on conflict do nothing""")
                .setParameter(1, digest.keeper().id()).setParameter(2, weekStart).executeUpdate();
        if (recorded == 0) {
            return false;
        }
        mail.sendDigest(digest, today);
        return true;
    }

    /** Sends the coordinators the entries not escalated before for their due date; how many. */
    int escalate(List<Entry> overdue, List<Keeper> coordinators, LocalDate today, int days) {
        List<Entry> fresh = overdue.stream().filter(entry -> entityManager.createNativeQuery("""
                        insert into review_escalation (entry_kind, entry_id, due_date, sent_at) values (?1, ?2, ?3, now())
                        on conflict do nothing""")
                .setParameter(1, entry.kind().name()).setParameter(2, entry.id()).setParameter(3, entry.due())
                .executeUpdate() == 1).toList();
        if (!fresh.isEmpty()) {
            mail.sendEscalation(fresh, coordinators, today, days);
        }
        return fresh.size();
    }
}
