package fi.ekokartta.search.learning;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/** Removes a test's search term and its history, and lets the search forget it. */
final class SearchTermFixture {

    private SearchTermFixture() {
    }

    static void delete(JdbcTemplate jdbc, SearchTermExpansions expansions, UUID id) {
        jdbc.update("delete from search_term_history where term_id = ?", id);
        jdbc.update("delete from search_term where id = ?", id);
        expansions.reload();
    }
}
