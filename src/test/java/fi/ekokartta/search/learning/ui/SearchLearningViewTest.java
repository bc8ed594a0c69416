package fi.ekokartta.search.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.search.learning.SearchGapLog;
import fi.ekokartta.search.learning.SearchGaps;
import fi.ekokartta.search.learning.SearchTermContent;
import fi.ekokartta.search.learning.SearchTermExpansions;
import fi.ekokartta.search.learning.SearchTermKind;
import fi.ekokartta.search.learning.SearchTerms;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 end to end: a search of the search view that finds nothing is a gap of this month; a
 * coordinator adds a search term for it on /hallinta/haku; without a restart the same search
 * finds services and the gap list says so. Also: the page's labels, its dialog, and who may open it.
 */
class SearchLearningViewTest extends AbstractAppTest {

    private static final String GAP = "zorblax";

    @Autowired
    private ServiceSearch search;
    @Autowired
    private SearchGapLog gapLog;
    @Autowired
    private SearchGaps gaps;
    @Autowired
    private SearchTerms terms;
    @Autowired
    private SearchTermExpansions expansions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_gap_is_closed_by_a_coordinators_synonym_without_a_restart() {
        deleteAfterTest(() -> jdbc.update("delete from search_gap where query = ?", GAP));
        deleteAfterTest(this::deleteTermsOfTheGap);
        assertThat(search.search(ServiceQuery.of(GAP)).total()).isZero();

        UI.getCurrent().navigate("haku", QueryParameters.of("q", "Zorblax"));
        UI.getCurrent().navigate("");
        gapLog.awaitWritten();

        assertThat(jdbc.queryForObject("select no_results from search_gap where month = ? and query = ?", Integer.class,
                FinnishDates.today().withDayOfMonth(1), GAP)).isPositive();
        login("koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/haku");
        assertThat(_get(H1.class).getText()).isEqualTo("Haun aukot ja hakusanat");
        assertThat(gapRow().findsNow()).isZero();

        _click(_find(Button.class, spec -> spec.withText("Lisää hakusana…")).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Lisää hakusana haulle " + GAP)).findFirst().orElseThrow());
        TermDialog dialog = _get(TermDialog.class);
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Hakusana")).getValue()).isEqualTo(GAP);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Vaihtoehdot")), "työkokeilu");
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna hakusana")));

        _assertNone(TermDialog.class);
        long found = search.search(ServiceQuery.of(GAP)).total();
        assertThat(found).isPositive();
        assertThat(search.search(ServiceQuery.of("työkokeilu")).total()).isGreaterThanOrEqualTo(found);
        assertThat(gapRow().findsNow()).isEqualTo(found);
        String page = _get(SearchLearningView.class).getElement().getTextRecursively();
        assertThat(page).contains("Hakusana " + GAP + " tallennettu", "työkokeilu", "Synonyymi", "Käytössä");
    }

    @Test
    void the_page_shows_a_months_gaps_and_the_terms_labels_every_input_and_refuses_a_bad_term_in_the_dialog() {
        String query = "aukko " + EntryFixture.unique().replaceAll("[0-9]", "x");
        LocalDate month = YearMonth.from(FinnishDates.today()).minusMonths(1).atDay(1);
        jdbc.update("insert into search_gap (month, query, searches, no_results, refined, not_opened) values (?, ?, 7, 3, 2, 1)",
                month, query);
        deleteAfterTest(() -> jdbc.update("delete from search_gap where query = ?", query));
        login("paakayttaja", UserRole.ADMIN);
        UUID id = terms.create(new SearchTermContent(SearchTermKind.ABBREVIATION, "xq" + query.substring(6),
                List.of("kuntouttava työtoiminta")));
        deleteAfterTest(() -> {
            jdbc.update("delete from search_term_history where term_id = ?", id);
            jdbc.update("delete from search_term where id = ?", id);
            expansions.refreshIfChanged();
        });

        UI.getCurrent().navigate("hallinta/haku");
        @SuppressWarnings("unchecked")
        Select<YearMonth> months = _get(Select.class, spec -> spec.withLabel("Kuukausi"));
        assertThat(months.getValue()).isEqualTo(YearMonth.from(FinnishDates.today()));
        _setValue(months, YearMonth.from(month));
        String page = _get(SearchLearningView.class).getElement().getTextRecursively();
        assertThat(page).contains(query, "kuntouttava työtoiminta", "Lyhenne", "paakayttaja");
        @SuppressWarnings("unchecked")
        fi.ekokartta.base.ui.ListDownloads<?> gapFile = _get(fi.ekokartta.base.ui.ListDownloads.class);
        byte[] csv = gapFile.csv();
        assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8).lines().toList())
                .anyMatch(line -> line.startsWith(months.getItemLabelGenerator().apply(YearMonth.from(month)) + ";" + query + ";7;3;2;1;"));
        assertThat(_find(_get(SearchLearningView.class), Select.class)).allSatisfy(select -> assertThat(select.getLabel()).isNotBlank());

        _click(_get(Button.class, spec -> spec.withText("Lisää hakusana")));
        TermDialog dialog = _get(TermDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Hakusana")), "kaksi sanaa");
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna hakusana")));

        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Hakusana")).getErrorMessage())
                .isEqualTo("Hakusanan pitää olla yksi sana.");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Vaihtoehdot")).getErrorMessage())
                .isEqualTo("Kirjoita vähintään yksi vaihtoehto, joka eroaa hakusanasta.");
        assertThat(_find(dialog, TextField.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        _click(_get(dialog, Button.class, spec -> spec.withText("Peruuta")));

        _click(_find(Button.class, spec -> spec.withText("Historia")).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Hakusanan xq" + query.substring(6) + " historia"))
                .findFirst().orElseThrow());
        assertThat(_get(TermHistoryDialog.class).getElement().getTextRecursively()).contains("lisätty", "paakayttaja");
    }

    @Test
    void opening_a_result_is_no_gap_and_leaving_the_results_unopened_is() {
        String query = "työkokeilu";
        LocalDate month = FinnishDates.today().withDayOfMonth(1);
        jdbc.update("delete from search_gap where query = ?", query);
        jdbc.update("insert into search_gap (month, query) values (?, ?)", month, query);
        deleteAfterTest(() -> jdbc.update("delete from search_gap where query = ?", query));

        UI.getCurrent().navigate("haku", QueryParameters.of("q", query));
        String service = _find(Anchor.class).stream().map(Anchor::getHref).filter(href -> href.startsWith("palvelu/"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(service);
        gapLog.awaitWritten();
        assertThat(jdbc.queryForMap("select searches, not_opened from search_gap where query = ?", query))
                .containsEntry("searches", 1).containsEntry("not_opened", 0);

        UI.getCurrent().navigate("haku", QueryParameters.of("q", query));
        UI.getCurrent().navigate("");
        gapLog.awaitWritten();
        assertThat(jdbc.queryForMap("select searches, not_opened from search_gap where query = ?", query))
                .containsEntry("searches", 2).containsEntry("not_opened", 1);
    }

    @Test
    void the_management_menu_links_the_page_for_coordinators() {
        login("koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(_get(SideNavItem.class, spec -> spec.withLabel("Haun aukot ja hakusanat")).getPath()).isEqualTo("hallinta/haku");
    }

    @Test
    void maintainers_counsellors_and_visitors_cannot_open_the_page() {
        for (UserRole role : List.of(UserRole.MAINTAINER, UserRole.COUNSELLOR)) {
            login("kayttaja-" + role.name().toLowerCase(), role);
            UI.getCurrent().navigate("hallinta/haku");
            _assertNone(SearchLearningView.class);
        }
        logout();
        UI.getCurrent().navigate("hallinta/haku");
        _assertNone(SearchLearningView.class);
    }

    private SearchGaps.Gap gapRow() {
        return gaps.top(YearMonth.from(FinnishDates.today())).stream().filter(gap -> gap.query().equals(GAP)).findFirst().orElseThrow();
    }

    private void deleteTermsOfTheGap() {
        jdbc.update("delete from search_term_history where term_id in (select id from search_term where term_key = ?)", GAP);
        jdbc.update("delete from search_term where term_key = ?", GAP);
        expansions.refreshIfChanged();
    }
}
