package fi.ekokartta.stewardship;

import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Voimassaolon päättyminen: every night published services whose validity has ended (validTo
 * before today) leave the public map, archived by the system, and the people who keep a service
 * current are e-mailed 30 and 7 days before its validity ends. Each service is one transaction
 * ({@link ValidityEndSteps}): one that fails is logged and tried again on the next run, the others
 * go on. Running it again the same day changes nothing and sends nothing.
 */
@Component
public class ValidityEnd {

    static final Logger log = LoggerFactory.getLogger(ValidityEnd.class);

    /** What one run did. */
    public record Outcome(int archived, int warned, int failed) {
    }

    private final OfferingRepository offerings;
    private final ValidityEndSteps steps;

    ValidityEnd(OfferingRepository offerings, ValidityEndSteps steps) {
        this.offerings = offerings;
        this.steps = steps;
    }

    @Scheduled(cron = "${ekokartta.validity-end-cron:0 45 2 * * *}", zone = "Europe/Helsinki")
    public void nightly() {
        Outcome outcome = run(FinnishDates.today());
        log.info("Validity end: {} services archived, {} warnings sent, {} failed", outcome.archived(),
                outcome.warned(), outcome.failed());
    }

    /** Archives and warns as of the given day (Finnish time). */
    public Outcome run(LocalDate today) {
        int archived = 0;
        int warned = 0;
        int failed = 0;
        for (UUID id : offerings.findIdsValidUntilBefore(OfferingStatus.PUBLISHED, today)) {
            try {
                archived += steps.archiveIfEnded(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Service {} whose validity ended could not be archived: {}", id, e.getClass().getSimpleName());
            }
        }
        int latest = ValidityEndSteps.WARNING_DAYS.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (UUID id : offerings.findIdsValidUntilBetween(OfferingStatus.PUBLISHED, today, today.plusDays(latest))) {
            try {
                warned += steps.warnIfDue(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.warn("The warning that the validity of service {} ends could not be sent: {}", id, e.getClass().getSimpleName());
            }
        }
        return new Outcome(archived, warned, failed);
    }
}
