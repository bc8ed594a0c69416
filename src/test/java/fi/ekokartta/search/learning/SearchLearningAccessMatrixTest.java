package fi.ekokartta.search.learning;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may see the search gaps and manage the search terms, every cell asserted both ways: an
 * allowed operation succeeds (and a change changes the data), a refused one throws
 * AccessDeniedException and leaves everything as it was. Coordinators and administrators may;
 * maintainers, counsellors and anonymous visitors may not. (The page itself: SearchLearningViewTest.)
 */
class SearchLearningAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER, COORDINATOR, ADMIN }

    enum Operation { LIST_GAPS, LIST_MONTHS, LIST_TERMS, HISTORY, CREATE, EDIT, DEACTIVATE }

    @Autowired
    private SearchTerms terms;
    @Autowired
    private SearchGaps gaps;
    @Autowired
    private SearchTermExpansions expansions;
    @Autowired
    private JdbcTemplate jdbc;

    private String word;
    private UUID term;

    @BeforeEach
    void aTerm() {
        word = "matriisi" + EntryFixture.unique().replaceAll("[0-9]", "x");
        login("koordinaattori", UserRole.COORDINATOR);
        term = terms.create(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("kuntoutus")));
        logout();
        deleteAfterTest(() -> {
            jdbc.update("delete from search_term_history where term_id in (select id from search_term where term like ?)", word + "%");
            jdbc.update("delete from search_term where term like ?", word + "%");
            expansions.reload();
        });
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, LIST_GAPS, false", "COUNSELLOR, LIST_GAPS, false", "MAINTAINER, LIST_GAPS, false",
            "COORDINATOR, LIST_GAPS, true", "ADMIN, LIST_GAPS, true",
            "ANONYMOUS, LIST_MONTHS, false", "COUNSELLOR, LIST_MONTHS, false", "MAINTAINER, LIST_MONTHS, false",
            "COORDINATOR, LIST_MONTHS, true", "ADMIN, LIST_MONTHS, true",
            "ANONYMOUS, LIST_TERMS, false", "COUNSELLOR, LIST_TERMS, false", "MAINTAINER, LIST_TERMS, false",
            "COORDINATOR, LIST_TERMS, true", "ADMIN, LIST_TERMS, true",
            "ANONYMOUS, HISTORY, false", "COUNSELLOR, HISTORY, false", "MAINTAINER, HISTORY, false",
            "COORDINATOR, HISTORY, true", "ADMIN, HISTORY, true",
            "ANONYMOUS, CREATE, false", "COUNSELLOR, CREATE, false", "MAINTAINER, CREATE, false",
            "COORDINATOR, CREATE, true", "ADMIN, CREATE, true",
            "ANONYMOUS, EDIT, false", "COUNSELLOR, EDIT, false", "MAINTAINER, EDIT, false",
            "COORDINATOR, EDIT, true", "ADMIN, EDIT, true",
            "ANONYMOUS, DEACTIVATE, false", "COUNSELLOR, DEACTIVATE, false", "MAINTAINER, DEACTIVATE, false",
            "COORDINATOR, DEACTIVATE, true", "ADMIN, DEACTIVATE, true",
    })
    void access(Who who, Operation operation, boolean allowed) {
        Map<String, Object> before = snapshot();
        signIn(who);
        try {
            Runnable action = action(operation);
            if (allowed) {
                action.run();
                if (operation == Operation.CREATE || operation == Operation.EDIT || operation == Operation.DEACTIVATE) {
                    assertThat(snapshot()).isNotEqualTo(before);
                }
            } else {
                assertThrows(AccessDeniedException.class, action::run);
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            logout();
        }
    }

    private Runnable action(Operation operation) {
        long version = jdbc.queryForObject("select version from search_term where id = ?", Long.class, term);
        return switch (operation) {
            case LIST_GAPS -> () -> gaps.top(YearMonth.from(FinnishDates.today()));
            case LIST_MONTHS -> () -> assertThat(gaps.months()).isNotEmpty();
            case LIST_TERMS -> () -> assertThat(terms.all()).isNotEmpty();
            case HISTORY -> () -> assertThat(terms.history(term)).hasSize(1);
            case CREATE -> () -> terms.create(new SearchTermContent(SearchTermKind.ALSO_SEARCH, word + "uusi", List.of("valmennus")));
            case EDIT -> () -> terms.update(term, version, new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("valmennus")));
            case DEACTIVATE -> () -> terms.setActive(term, version, false);
        };
    }

    private Map<String, Object> snapshot() {
        return Map.of(
                "terms", jdbc.queryForList("select id, term, alternatives, active, version from search_term where term like ? order by id",
                        word + "%"),
                "history", jdbc.queryForList("select count(*) from search_term_history where term_id = ?", term));
    }

    private void signIn(Who who) {
        switch (who) {
            case ANONYMOUS -> logout();
            case COUNSELLOR -> login("ohjaaja", UserRole.COUNSELLOR);
            case MAINTAINER -> login("yllapitaja", UserRole.MAINTAINER);
            case COORDINATOR -> login("koordinaattori", UserRole.COORDINATOR);
            case ADMIN -> login("paakayttaja", UserRole.ADMIN);
        }
    }
}
