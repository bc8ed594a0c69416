package fi.ekokartta.assessment;

import fi.ekokartta.base.i18n.FinnishDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The yearly automatic opening ({@code ekokartta.self-assessment-cron}, by default 1 March at
 * 8.00 Finnish time): the year's round is opened unless a coordinator already opened it.
 */
@Component
class AssessmentSchedule {

    private static final Logger log = LoggerFactory.getLogger(AssessmentSchedule.class);

    private final AssessmentRounds rounds;

    AssessmentSchedule(AssessmentRounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(cron = "${ekokartta.self-assessment-cron:0 0 8 1 3 *}", zone = "Europe/Helsinki")
    void openYearly() {
        try {
            rounds.openScheduled(FinnishDates.today()).ifPresentOrElse(
                    sent -> log.info("Self-assessment round {} opened on schedule", sent.year()),
                    () -> log.info("Self-assessment round of this year already open; nothing done"));
        } catch (RuntimeException e) {
            log.error("Opening the self-assessment round on schedule failed", e);
        }
    }
}
