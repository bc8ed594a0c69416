package fi.ekokartta.search.learning;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.i18n.FinnishDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The gap log's counts are atomic upserts: concurrent searches lose none, and a query is stored only once it was a gap. */
class SearchGapLogTest extends AbstractIntegrationTest {

    @Autowired
    private SearchGapLog log;
    @Autowired
    private JdbcTemplate jdbc;

    private final String query = "rinnakkain " + EntryFixture.unique();
    private final LocalDate month = FinnishDates.today().withDayOfMonth(1);

    @AfterEach
    void deleteCounts() {
        jdbc.update("delete from search_gap where query = ?", query);
    }

    @Test
    void eight_threads_counting_fifty_times_each_lose_no_count() throws Exception {
        int threads = 8;
        int times = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            GapOutcome outcome = t % 2 == 0 ? GapOutcome.NO_RESULTS : GapOutcome.REFINED;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < times; i++) {
                    log.write(month, query, outcome);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        Map<String, Object> row = jdbc.queryForMap("select searches, no_results, refined, not_opened from search_gap "
                + "where month = ? and query = ?", month, query);
        assertThat(row).containsEntry("searches", threads * times).containsEntry("no_results", threads / 2 * times)
                .containsEntry("refined", threads / 2 * times).containsEntry("not_opened", 0);
    }

    @Test
    void months_older_than_kept_are_deleted() {
        LocalDate kept = month.minusMonths(SearchGapLog.KEPT_MONTHS);
        log.write(kept, query, GapOutcome.NO_RESULTS);
        log.write(kept.minusMonths(1), query, GapOutcome.NO_RESULTS);

        log.forgetOldMonths();

        assertThat(jdbc.queryForList("select month from search_gap where query = ?", LocalDate.class, query)).containsExactly(kept);
    }

    @Test
    void a_search_that_ended_well_is_counted_only_for_a_query_already_stored() {
        log.count(query, GapOutcome.OPENED);
        log.awaitWritten();
        assertThat(jdbc.queryForObject("select count(*) from search_gap where query = ?", Long.class, query)).isZero();

        log.count(query, GapOutcome.NOT_OPENED);
        log.count(query, GapOutcome.OPENED);
        log.awaitWritten();

        assertThat(jdbc.queryForMap("select searches, not_opened from search_gap where month = ? and query = ?", month, query))
                .containsEntry("searches", 2).containsEntry("not_opened", 1);
    }
}
