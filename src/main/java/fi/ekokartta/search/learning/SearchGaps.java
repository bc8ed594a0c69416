package fi.ekokartta.search.learning;

import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The search gaps of a month as coordinators see them: the queries with the most gaps first
 * (no results, refined and not opened together), each with how many services it finds now, so
 * that a gap closed by a new search term or service shows as closed.
 */
@Service
@Transactional(readOnly = true)
public class SearchGaps {

    static final int TOP = 50;

    /** One query's counts in a month and how many services it finds now. */
    public record Gap(String query, int searches, int noResults, int refined, int notOpened, long findsNow) {
    }

    private final JdbcTemplate jdbc;
    private final ServiceSearch search;
    private final SearchLearningRights rights;

    SearchGaps(JdbcTemplate jdbc, ServiceSearch search, SearchLearningRights rights) {
        this.jdbc = jdbc;
        this.search = search;
        this.rights = rights;
    }

    /** This month and the months with gaps, newest first. */
    public List<YearMonth> months() {
        rights.require("list search gap months");
        List<YearMonth> months = new ArrayList<>(List.of(YearMonth.from(FinnishDates.today())));
        jdbc.queryForList("select distinct month from search_gap order by month desc", LocalDate.class).stream()
                .map(YearMonth::from).filter(month -> !months.contains(month)).forEach(months::add);
        return months;
    }

    /** The month's {@value #TOP} queries with the most gaps. */
    public List<Gap> top(YearMonth month) {
        rights.require("list search gaps");
        return jdbc.query("""
                        select query, searches, no_results, refined, not_opened from search_gap where month = ?
                        and no_results + refined + not_opened > 0
                        order by no_results + refined + not_opened desc, searches desc, query limit ?""",
                (rs, row) -> new Gap(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), 0),
                month.atDay(1), TOP).stream()
                .map(gap -> new Gap(gap.query(), gap.searches(), gap.noResults(), gap.refined(), gap.notOpened(),
                        findsNow(gap.query())))
                .toList();
    }

    private long findsNow(String query) {
        return search.searchServiceIds(ServiceQuery.of(query).withPage(0, 1)).getTotalElements();
    }
}
