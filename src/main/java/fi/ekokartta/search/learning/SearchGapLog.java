package fi.ekokartta.search.learning;

import fi.ekokartta.base.i18n.FinnishDates;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Counts searches in the gap log. A count is one atomic upsert, so concurrent searches never lose
 * one; it is written by one background thread from a short queue, so a search never waits for it
 * and a slow or failing database never fails a search (a full queue drops counts: they are
 * statistics, not records). A query is stored only when a search of it was a gap; a search that
 * ended well counts only for a query already stored, so that the log holds no list of everything
 * searched. Months older than {@value #KEPT_MONTHS} are deleted every night.
 */
@Component
public class SearchGapLog {

    private static final Logger LOG = LoggerFactory.getLogger(SearchGapLog.class);
    private static final int QUEUE = 1_000;
    /** Gaps older than this many months are deleted: a year and the same month of the year before is enough to compare. */
    static final int KEPT_MONTHS = 13;

    private static final String UPSERT = """
            insert into search_gap (month, query, searches, no_results, refined, not_opened) values (?, ?, 1, ?, ?, ?)
            on conflict (month, query) do update set searches = search_gap.searches + 1,
                no_results = search_gap.no_results + excluded.no_results, refined = search_gap.refined + excluded.refined,
                not_opened = search_gap.not_opened + excluded.not_opened""";
    private static final String OPENED = "update search_gap set searches = searches + 1 where month = ? and query = ?";

    private final JdbcTemplate jdbc;
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
                Thread thread = new Thread(runnable, "search-gap-log");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    SearchGapLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a search of the (already {@link GapQuery#loggable loggable}) query in the background. */
    public void count(String query, GapOutcome outcome) {
        LocalDate month = FinnishDates.today().withDayOfMonth(1);
        writer.execute(() -> write(month, query, outcome));
    }

    /** Counts at once, in the caller's thread. */
    void write(LocalDate month, String query, GapOutcome outcome) {
        try {
            if (outcome == GapOutcome.OPENED) {
                jdbc.update(OPENED, month, query);
            } else {
                jdbc.update(UPSERT, month, query, one(outcome == GapOutcome.NO_RESULTS), one(outcome == GapOutcome.REFINED),
                        one(outcome == GapOutcome.NOT_OPENED));
            }
        } catch (RuntimeException e) {
            LOG.warn("A search gap was not counted: {}", e.toString());
        }
    }

    /** Waits until the counts queued so far are written (for tests and an orderly shutdown). */
    public void awaitWritten() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Search gap counts were not written in time: {}", e.toString());
        }
    }

    /** Nightly, so that no query text is kept longer than it is of use. */
    @Scheduled(cron = "0 20 3 * * *", zone = "Europe/Helsinki")
    void forgetOldMonths() {
        try {
            jdbc.update("delete from search_gap where month < ?", FinnishDates.today().withDayOfMonth(1).minusMonths(KEPT_MONTHS));
        } catch (RuntimeException e) {
            LOG.warn("Old search gaps were not deleted: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        awaitWritten();
        writer.shutdown();
    }

    private static int one(boolean counted) {
        return counted ? 1 : 0;
    }
}
