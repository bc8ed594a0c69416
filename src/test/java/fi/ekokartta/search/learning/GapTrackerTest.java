package fi.ekokartta.search.learning;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the searches of one search view are counted when each ends. */
class GapTrackerTest {

    private final List<String> counted = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final GapTracker tracker = new GapTracker(new SearchGapLog(null) {
        @Override
        public void count(String query, GapOutcome outcome) {
            counted.add(query + ":" + outcome);
        }
    }, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void a_search_that_found_nothing_counts_when_it_ends() {
        tracker.searched("Zorblax", 0);
        assertThat(counted).isEmpty();
        tracker.left();
        assertThat(counted).containsExactly("zorblax:NO_RESULTS");
    }

    @Test
    void another_search_soon_after_without_opening_is_a_refinement_and_later_is_not_opened() {
        tracker.searched("kurssi", 12);
        now = now.plusSeconds(30);
        tracker.searched("velka", 3);
        now = now.plus(Duration.ofMinutes(5));
        tracker.searched("asunto", 4);
        assertThat(counted).containsExactly("kurssi:REFINED", "velka:NOT_OPENED");
    }

    @Test
    void an_opened_result_ends_the_search_without_a_gap() {
        tracker.searched("työkokeilu", 5);
        tracker.opened();
        tracker.left();
        assertThat(counted).containsExactly("työkokeilu:OPENED");
    }

    @Test
    void the_pauses_of_typing_one_query_and_its_pages_are_one_search() {
        tracker.searched("työk", 9);
        tracker.searched("työkokeilu", 5);
        tracker.searched("Työkokeilu ", 5);
        tracker.left();
        assertThat(counted).containsExactly("työkokeilu:NOT_OPENED");
    }

    @Test
    void a_search_that_may_not_be_logged_is_never_counted() {
        tracker.searched("matti@example.org", 0);
        tracker.searched("040 123 4567", 0);
        tracker.left();
        assertThat(counted).isEmpty();
    }
}
