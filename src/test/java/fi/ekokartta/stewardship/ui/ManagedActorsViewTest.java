package fi.ekokartta.stewardship.ui;

import fi.ekokartta.base.ui.ListDownloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.ManagedActor;
import fi.ekokartta.stewardship.ManagedActorFilter;
import fi.ekokartta.stewardship.ManagedActorListService;
import fi.ekokartta.stewardship.ManagedActorSort;
import fi.ekokartta.stewardship.OrganizationChoice;
import fi.ekokartta.stewardship.OutdatedReportService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagedActorsViewTest extends AbstractAppTest {

    private static final Locale FINNISH = Locale.of("fi", "FI");

    @Autowired
    private ManagedActorListService list;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OutdatedReportService reports;

    @Test
    void coordinator_lists_every_actor_archived_ones_included() {
        String unique = EntryFixture.unique();
        Actor archived = entries().actor("Arkistoitu hanke " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        login("koordinaattori-testi", UserRole.COORDINATOR);

        List<ManagedActor> all = list.all(ManagedActorFilter.none(), ManagedActorSort.NAME, false, FINNISH);

        assertThat(all).hasSize(jdbc.queryForObject("select count(*) from actor", Integer.class));
        assertThat(list.all(status(ActorStatus.ARCHIVED), ManagedActorSort.NAME, false, FINNISH))
                .extracting(ManagedActor::id).contains(archived.getId());
        assertThat(list.all(status(ActorStatus.ACTIVE), ManagedActorSort.NAME, false, FINNISH))
                .isNotEmpty().allMatch(row -> row.status() == ActorStatus.ACTIVE);
    }

    @Test
    void maintainer_lists_only_her_organizations_and_a_counsellor_nothing() {
        String unique = EntryFixture.unique();
        Actor own = entries().actor("Oma järjestö " + unique);
        entries().actor("Toinen järjestö " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThat(list.all(ManagedActorFilter.none(), ManagedActorSort.NAME, false, FINNISH))
                .extracting(row -> row.name().getFi()).containsExactly("Oma järjestö " + unique);

        login("ohjaaja-testi", UserRole.COUNSELLOR);
        assertThatThrownBy(() -> list.all(ManagedActorFilter.none(), ManagedActorSort.NAME, false, FINNISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> list.organizations()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_narrow_by_organization_and_its_units_sector_words_overdue_and_open_reports() {
        String unique = EntryFixture.unique();
        Actor city = entries().actor("Kaupunki " + unique, actor -> actor.setSector(ActorSector.MUNICIPALITY));
        Actor unit = entries().actor("Työllisyyspalvelut " + unique, actor -> {
            actor.setParent(city);
            actor.setSector(ActorSector.MUNICIPALITY);
            actor.setAlternateName("TYPA " + unique);
            actor.getResponsibility().setLastReviewed(LocalDate.now().minusYears(2));
            actor.getResponsibility().setReviewIntervalMonths(6);
            actor.getResponsibility().setResponsiblePerson("Testi Vastuuhenkilö");
        });
        reports.report(EntryKind.ACTOR, unit.getId(), "Osoite on muuttunut.", null);
        login("koordinaattori-testi", UserRole.COORDINATOR);

        assertThat(list.all(new ManagedActorFilter(null, false, city.getId(), null, null, null, false, false),
                ManagedActorSort.NAME, false, FINNISH)).extracting(ManagedActor::id).containsExactly(city.getId(), unit.getId());
        assertThat(list.organizations()).extracting(OrganizationChoice::id).contains(city.getId()).doesNotContain(unit.getId());
        assertThat(list.all(new ManagedActorFilter("typa " + unique, false, null, null, null, null, false, false),
                ManagedActorSort.NAME, false, FINNISH)).singleElement().satisfies(row -> {
                    assertThat(row.parent().getFi()).isEqualTo("Kaupunki " + unique);
                    assertThat(row.responsible()).isEqualTo("Testi Vastuuhenkilö");
                    assertThat(row.nextReviewDue()).isEqualTo(LocalDate.now().minusYears(2).plusMonths(6));
                    assertThat(row.openReports()).isEqualTo(1L);
                });
        assertThat(list.all(new ManagedActorFilter(null, false, null, null, ActorSector.MUNICIPALITY, null, false, false),
                ManagedActorSort.NAME, false, FINNISH)).isNotEmpty().allMatch(row -> row.sector() == ActorSector.MUNICIPALITY)
                .extracting(ManagedActor::id).contains(city.getId(), unit.getId());
        assertThat(list.all(new ManagedActorFilter(null, false, null, null, null, null, true, false),
                ManagedActorSort.NAME, false, FINNISH)).allMatch(row -> row.overdue(FinnishDates.today()))
                .extracting(ManagedActor::id).contains(unit.getId()).doesNotContain(city.getId());
        assertThat(list.all(new ManagedActorFilter(null, false, null, null, null, null, false, true),
                ManagedActorSort.NAME, false, FINNISH)).extracting(ManagedActor::id).contains(unit.getId())
                .doesNotContain(city.getId());
    }

    @Test
    void names_sort_in_the_readers_alphabet_and_parents_with_no_value_last() {
        login("koordinaattori-testi", UserRole.COORDINATOR);

        List<String> names = list.all(ManagedActorFilter.none(), ManagedActorSort.NAME, true, FINNISH).stream()
                .map(row -> row.name().getFi()).toList();
        Collator finnish = Collator.getInstance(FINNISH);
        assertThat(names).isSortedAccordingTo((a, b) -> finnish.compare(b, a));
        List<ManagedActor> byParent = list.all(ManagedActorFilter.none(), ManagedActorSort.PARENT, false, FINNISH);
        long withParent = byParent.stream().filter(row -> row.parent() != null).count();
        assertThat(withParent).isPositive();
        assertThat(byParent.subList((int) withParent, byParent.size())).allMatch(row -> row.parent() == null);
        var second = list.page(ManagedActorFilter.none(), ManagedActorSort.NAME, true, 1, 5, FINNISH);
        assertThat(second.getContent().getFirst().name().getFi()).isEqualTo(names.get(5));
    }

    @Test
    void coordinator_narrows_the_list_in_the_view_and_downloads_what_it_shows() throws IOException {
        String unique = EntryFixture.unique();
        Actor archived = entries().actor("Päättynyt hanke " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagedActorsView.class);
        _get(H1.class, spec -> spec.withText("Toimijat"));
        @SuppressWarnings("unchecked")
        Grid<ManagedActor> grid = _get(Grid.class);
        int all = _size(grid);

        @SuppressWarnings("unchecked")
        Select<ActorStatus> status = _get(Select.class, spec -> spec.withLabel("Tila"));
        _setValue(status, ActorStatus.ARCHIVED);
        assertThat(_size(grid)).isPositive().isLessThan(all);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), "päättynyt hanke " + unique);

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(archived.getId());
        assertThat(((Anchor) _getCellComponent(grid, 0, ManagedActorSort.NAME.name())).getHref())
                .isEqualTo("hallinta/toimija/" + archived.getId());
        @SuppressWarnings("unchecked")
        ListDownloads<ManagedActor> downloads = _get(ListDownloads.class);
        byte[] csv = downloads.csv();
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Nimi;Yläorganisaatio;Sektori;Tila;Tarkistettu;Seuraava tarkistus;Vastuuhenkilö;Ilmoituksia;Osoite",
                "Päättynyt hanke " + unique + ";;;Arkistoitu;;" + FinnishDates.today().plusMonths(12) + ";;0;hallinta/toimija/"
                        + archived.getId());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloads.excel()))) {
            assertThat(workbook.getSheet("Toimijat").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Toimijat").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Päättynyt hanke " + unique);
        }
    }

    @Test
    void the_dashboards_actor_count_and_the_archived_address_lead_to_the_list() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagementDashboardView.class);
        assertThat(_find(Anchor.class)).anyMatch(anchor -> anchor.getHref().equals(ManagedActorsView.ROUTE));

        UI.getCurrent().navigate(ManagedActorsView.byStatus(ActorStatus.ARCHIVED).replaceFirst("\\?.*", ""),
                com.vaadin.flow.router.QueryParameters.of("tila", "ARCHIVED"));

        @SuppressWarnings("unchecked")
        Grid<ManagedActor> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(jdbc.queryForObject("select count(*) from actor where status = 'ARCHIVED'",
                Integer.class));
    }

    private static ManagedActorFilter status(ActorStatus status) {
        return new ManagedActorFilter(null, false, null, null, null, status, false, false);
    }
}
