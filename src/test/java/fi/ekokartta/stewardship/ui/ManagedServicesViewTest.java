package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.ManagedService;
import fi.ekokartta.stewardship.ManagedServiceFilter;
import fi.ekokartta.stewardship.ManagedServiceListService;
import fi.ekokartta.stewardship.ManagedServiceSort;
import fi.ekokartta.stewardship.OutdatedReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagedServicesViewTest extends AbstractAppTest {

    @Autowired
    private ManagedServiceListService list;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OutdatedReportService reports;
    @Autowired
    private fi.ekokartta.actor.ActorRepository actors;

    @Test
    void coordinator_lists_every_service_drafts_and_archived_ones_included() {
        login("koordinaattori-testi", UserRole.COORDINATOR);

        List<ManagedService> all = list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false);

        assertThat(all).hasSize(jdbc.queryForObject("select count(*) from offering", Integer.class));
        assertThat(list.all(status(OfferingStatus.DRAFT), ManagedServiceSort.NAME, false))
                .isNotEmpty().allMatch(row -> row.status() == OfferingStatus.DRAFT);
    }

    @Test
    void a_maintainers_list_holds_the_services_of_the_units_under_her_organization_as_she_may_edit_them() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor own = entries().actor("Kaupunki " + unique);
        Actor unit = entries().actor("Kaupungin yksikkö " + unique);
        unit.setParent(own);
        actors.save(unit);
        entries().offering("Yksikön palvelu " + unique, unit, OfferingStatus.PUBLISHED, offering -> { });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThat(list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false)).extracting(row -> row.name().getFi())
                .containsExactly("Yksikön palvelu " + unique);
    }

    @Test
    void maintainer_lists_only_her_organizations_services_and_a_counsellor_none() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor own = entries().actor("Oma järjestö " + unique);
        Actor other = entries().actor("Toinen järjestö " + unique);
        entries().offering("Oma luonnos " + unique, own, OfferingStatus.DRAFT, offering -> { });
        entries().offering("Oma arkistoitu " + unique, own, OfferingStatus.ARCHIVED, offering -> { });
        entries().offering("Toisen palvelu " + unique, other, OfferingStatus.PUBLISHED, offering -> { });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThat(list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false)).extracting(row -> row.name().getFi())
                .containsExactly("Oma arkistoitu " + unique, "Oma luonnos " + unique);

        login("ohjaaja-testi", UserRole.COUNSELLOR);
        assertThatThrownBy(() -> list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_narrow_the_list_by_municipality_class_words_overdue_and_open_reports() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor actor = entries().actor("Raportoitu järjestö " + unique);
        UUID stale = entries().offering("Vanhentunut palvelu " + unique, actor, OfferingStatus.PUBLISHED, offering -> {
            offering.getResponsibility().setLastReviewed(LocalDate.now().minusYears(2));
            offering.getResponsibility().setReviewIntervalMonths(6);
        }).getId();
        reports.report(EntryKind.SERVICE, stale, "Puhelinnumero on muuttunut.", null);
        deleteAfterTest(() -> jdbc.update("delete from outdated_report where entry_id = ?", stale));

        List<ManagedService> inKalajoki = list.all(new ManagedServiceFilter(null, false, null, "208", null, null, false, false),
                ManagedServiceSort.NAME, false);
        assertThat(inKalajoki).isNotEmpty().allMatch(row -> jdbc.queryForObject("select count(*) from offering_municipality"
                + " where offering_id = ? and municipalities_code = '208'", Integer.class, row.id()) == 1);
        List<ManagedService> workTrials = list.all(new ManagedServiceFilter(null, false, null, null, "1.3", null, false, false),
                ManagedServiceSort.NAME, false);
        assertThat(workTrials).isNotEmpty().hasSizeLessThan(inKalajoki.size());
        assertThat(list.all(new ManagedServiceFilter("VELKA", false, null, null, null, null, false, false),
                ManagedServiceSort.NAME, false)).isNotEmpty().allMatch(row -> row.name().getFi().toLowerCase().contains("velka"));
        assertThat(list.all(new ManagedServiceFilter(null, false, null, null, null, null, true, false),
                ManagedServiceSort.NAME, false)).isNotEmpty().allMatch(row -> row.overdue(FinnishDates.today()))
                .extracting(ManagedService::id).contains(stale);
        assertThat(list.all(new ManagedServiceFilter(null, false, null, null, null, null, false, true),
                ManagedServiceSort.NAME, false)).filteredOn(row -> row.id().equals(stale))
                .singleElement().extracting(ManagedService::openReports).isEqualTo(1L);
    }

    @Test
    void the_list_sorts_by_next_review_with_unknown_dates_last_and_reads_a_page_at_a_time() {
        login("koordinaattori-testi", UserRole.COORDINATOR);

        List<ManagedService> byDue = list.all(ManagedServiceFilter.none(), ManagedServiceSort.NEXT_REVIEW_DUE, false);
        List<LocalDate> dates = byDue.stream().map(ManagedService::nextReviewDue).filter(Objects::nonNull).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(byDue.subList(dates.size(), byDue.size())).allMatch(row -> row.nextReviewDue() == null);
        Collator finnish = Collator.getInstance(Locale.of("fi", "FI"));
        List<String> names = list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, true).stream()
                .map(row -> row.name().getFi()).toList();
        assertThat(names).isSortedAccordingTo((a, b) -> finnish.compare(b, a));

        Locale swedish = Locale.of("sv", "FI");
        assertThat(list.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false, swedish).stream()
                .map(row -> row.name().get(swedish)).toList()).isSortedAccordingTo(Collator.getInstance(swedish)::compare);

        var second = list.page(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false, 1, 25);
        assertThat(second.getContent()).hasSize(25);
        assertThat(second.getTotalElements()).isEqualTo(byDue.size());
        assertThat(second.getContent().getFirst().name().getFi()).isEqualTo(names.get(names.size() - 26));
    }

    @Test
    void coordinator_narrows_the_list_in_the_view_and_can_download_it() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagedServicesView.class);
        _get(H1.class, spec -> spec.withText("Palvelut"));
        @SuppressWarnings("unchecked")
        Grid<ManagedService> grid = _get(Grid.class);
        int all = _size(grid);

        @SuppressWarnings("unchecked")
        Select<OfferingStatus> status = _get(Select.class, spec -> spec.withLabel("Tila"));
        _setValue(status, OfferingStatus.ARCHIVED);

        assertThat(_size(grid)).isPositive().isLessThan(all);
        assertThat(_get(grid, 0).status()).isEqualTo(OfferingStatus.ARCHIVED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), "zzz-ei-mitään");
        assertThat(_size(grid)).isZero();
        assertThat(_get(Anchor.class, spec -> spec.withText("Lataa Excel-tiedostona")).getHref()).isNotBlank();
        _get(Anchor.class, spec -> spec.withText("Lataa CSV-tiedostona"));
    }

    @Test
    void the_dashboards_draft_count_leads_to_the_drafts() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagementDashboardView.class);
        Anchor drafts = _find(Anchor.class).stream()
                .filter(anchor -> anchor.getHref().equals(ManagedServicesView.byStatus("DRAFT"))).findFirst().orElseThrow();

        Location address = new Location(drafts.getHref());
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());

        @SuppressWarnings("unchecked")
        Grid<ManagedService> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(Integer.parseInt(drafts.getText().replaceAll("\\D", "")));
        assertThat(_get(grid, 0).status()).isEqualTo(OfferingStatus.DRAFT);
    }

    private static ManagedServiceFilter status(OfferingStatus status) {
        return new ManagedServiceFilter(null, false, null, null, null, status, false, false);
    }
}
