package fi.ekokartta.stewardship;

import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.ReminderEntries.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Muistutukset: once a week every user who keeps entries gets one e-mail of her overdue and
 * soon-due entries, each with a signed link to re-assure it and one to edit it, and her
 * organizations' open reports; nothing when she has nothing. In the same run the coordinators
 * are told of the entries overdue by more than {@code ekokartta.escalation-days}, once per entry
 * and due date. Each e-mail is a step of its own ({@link ReminderSteps}): one the server refuses
 * is logged and tried again on the next run, the others go on. Running it again in the same week
 * sends no second digest. With e-mail off nothing is sent nor recorded.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** What one run did. */
    public record Outcome(int digests, int escalated, int failed) {
    }

    private final ReminderEntries entries;
    private final ReminderSteps steps;
    private final ReminderMail mail;
    private final int escalationDays;

    Reminders(ReminderEntries entries, ReminderSteps steps, ReminderMail mail,
              @Value("${ekokartta.escalation-days:30}") int escalationDays) {
        this.entries = entries;
        this.steps = steps;
        this.mail = mail;
        this.escalationDays = escalationDays;
        if (!mail.isOn()) {
            log.info("E-mail is off (no spring.mail.host): no weekly reminders");
        }
    }

    @Scheduled(cron = "${ekokartta.reminder-cron:0 0 7 * * MON}", zone = "Europe/Helsinki")
    public void weekly() {
        Outcome outcome = run(FinnishDates.today());
        log.info("Reminders: {} digests sent, {} entries escalated to the coordinators, {} failed", outcome.digests(),
                outcome.escalated(), outcome.failed());
    }

    /** Sends the reminders as of the given day (Finnish time). */
    public Outcome run(LocalDate today) {
        if (!mail.isOn()) {
            return new Outcome(0, 0, 0);
        }
        List<Entry> due = entries.dueBy(today.plusDays(ReviewState.SOON_DAYS));
        ReminderPlan plan = new ReminderPlan(entries.keepers(), entries.parents());
        LocalDate weekStart = today.with(DayOfWeek.MONDAY);
        int sent = 0;
        int failed = 0;
        for (ReminderPlan.Digest digest : plan.digests(due, entries.openReports(), today)) {
            try {
                sent += steps.sendDigest(digest, weekStart, today) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.warn("The weekly reminder to {} could not be sent: {}", digest.keeper().username(), e.getClass().getSimpleName());
            }
        }
        List<Entry> overdue = ReminderPlan.escalated(due, today, escalationDays);
        int escalated = 0;
        if (!overdue.isEmpty() && plan.coordinators().isEmpty()) {
            log.warn("{} entries are overdue by more than {} days, but no active coordinator has an e-mail address",
                    overdue.size(), escalationDays);
        } else if (!overdue.isEmpty()) {
            try {
                escalated = steps.escalate(overdue, plan.coordinators(), today, escalationDays);
            } catch (RuntimeException e) {
                failed++;
                log.warn("The overdue entries could not be sent to the coordinators: {}", e.getClass().getSimpleName());
            }
        }
        return new Outcome(sent, escalated, failed);
    }
}
