package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.DueReview;
import fi.ekokartta.stewardship.ManagedActor;
import fi.ekokartta.stewardship.ManagedService;
import fi.ekokartta.stewardship.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review cycle in the views: "Tiedot ovat ajan tasalla" in one click from the lists, the
 * editors and the front page, the soon-due and overdue markers and filter, and the organization's
 * default interval in the actor editor.
 */
class ReviewCycleViewsTest extends AbstractAppTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);

    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Offering stale;
    private Offering soon;

    @BeforeEach
    void a_maintainers_entries() {
        unique = EntryFixture.unique();
        own = entries().actor("Järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        stale = entries().offering("Vanha " + unique, own, OfferingStatus.PUBLISHED, offering -> {
            offering.setAssuredDate(LONG_AGO);
            offering.getResponsibility().setLastReviewed(LONG_AGO);
        });
        soon = entries().offering("Pian " + unique, own, OfferingStatus.PUBLISHED,
                offering -> offering.getResponsibility().setLastReviewed(FinnishDates.today().minusMonths(12).plusDays(5)));
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void the_services_list_flags_soon_due_and_overdue_rows_filters_them_and_reassures_a_row_in_one_click() {
        UI.getCurrent().navigate(ManagedServicesView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), unique);
        @SuppressWarnings("unchecked")
        Grid<ManagedService> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(dueText(grid, "Vanha")).endsWith("(myöhässä)");
        assertThat(dueText(grid, "Pian")).endsWith("(erääntyy pian)");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Erääntyy 30 päivän sisällä")), true);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(soon.getId());
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Erääntyy 30 päivän sisällä")), false);

        int row = rowOf(grid, stale.getId());
        _click((Button) _getCellComponent(grid, row, ManagedServicesView.REASSURE));

        String today = FinnishDates.date(FinnishDates.today());
        expectNotifications("Tiedot merkitty ajan tasalle " + today + ".");
        ManagedService after = _get(grid, rowOf(grid, stale.getId()));
        assertThat(after.lastAssured()).isEqualTo(FinnishDates.today());
        assertThat(after.reviewState(FinnishDates.today())).isEqualTo(ReviewState.CURRENT);
    }

    @Test
    void the_actors_list_reassures_a_row_and_an_administrator_gets_no_button() {
        UI.getCurrent().navigate(ManagedActorsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), unique);
        @SuppressWarnings("unchecked")
        Grid<ManagedActor> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).reviewState(FinnishDates.today())).isEqualTo(ReviewState.OVERDUE);

        _click((Button) _getCellComponent(grid, 0, ManagedActorsView.REASSURE));

        expectNotifications("Tiedot merkitty ajan tasalle " + FinnishDates.date(FinnishDates.today()) + ".");
        assertThat(_get(grid, 0).lastAssured()).isEqualTo(FinnishDates.today());

        login("admin-testi", UserRole.ADMIN);
        // Another view first: navigating to the view on screen would keep its instance.
        UI.getCurrent().navigate(ManagementDashboardView.class);
        UI.getCurrent().navigate(ManagedActorsView.class);
        @SuppressWarnings("unchecked")
        Grid<ManagedActor> adminGrid = _get(Grid.class);
        assertThat(adminGrid.getColumnByKey(ManagedActorsView.REASSURE)).isNull();
    }

    @Test
    void the_service_editor_reassures_and_its_open_form_then_saves_without_a_conflict() {
        UI.getCurrent().navigate("hallinta/palvelu/" + stale.getId());
        _get(Span.class, spec -> spec.withText("Tarkistettu " + FinnishDates.date(LONG_AGO)));
        long version = version("offering", stale.getId());

        _click(_get(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla")));

        String today = FinnishDates.date(FinnishDates.today());
        expectNotifications("Tiedot merkitty ajan tasalle " + today + ".");
        _get(Span.class, spec -> spec.withText("Tarkistettu " + today));
        assertThat(version("offering", stale.getId())).isEqualTo(version);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")), "Vanha mutta tarkistettu " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        _assertNone(fi.ekokartta.base.ui.ConflictDialog.class);
        assertThat(jdbc.queryForObject("select name_fi from offering where id = ?", String.class, stale.getId()))
                .isEqualTo("Vanha mutta tarkistettu " + unique);
        assertThat(jdbc.queryForObject("select assured_date from offering where id = ?", LocalDate.class, stale.getId()))
                .isEqualTo(FinnishDates.today());
    }

    @Test
    void the_actor_editor_reassures_and_a_coordinator_sets_the_organizations_default_interval() {
        UI.getCurrent().navigate("hallinta/toimija/" + own.getId());
        _assertNone(IntegerField.class, spec -> spec.withLabel("Organisaation oletustarkistusväli (kuukautta)"));
        _click(_get(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla")));
        String today = FinnishDates.date(FinnishDates.today());
        expectNotifications("Tiedot merkitty ajan tasalle " + today + ".");
        _get(Span.class, spec -> spec.withText("Tarkistettu " + today));

        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/toimija/" + own.getId());
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Organisaation oletustarkistusväli (kuukautta)")), 3);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(jdbc.queryForObject("select default_review_interval_months from actor where id = ?", Integer.class,
                own.getId())).isEqualTo(3);
        // Both services inherit three months: the one reviewed a year ago less five days is overdue now.
        UI.getCurrent().navigate(ManagedServicesView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), unique);
        @SuppressWarnings("unchecked")
        Grid<ManagedService> grid = _get(Grid.class);
        assertThat(_get(grid, rowOf(grid, soon.getId())).reviewState(FinnishDates.today())).isEqualTo(ReviewState.OVERDUE);
    }

    @Test
    void the_front_page_lists_the_maintainers_due_entries_and_reassures_them_in_one_click() {
        UI.getCurrent().navigate(ManagementDashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<DueReview> due = _find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof DueReview)
                .findFirst().orElseThrow();
        assertThat(_size(due)).isEqualTo(3);
        assertThat(_get(due, 0).state()).isEqualTo(ReviewState.OVERDUE);
        assertThat(_get(due, 2).id()).isEqualTo(soon.getId());
        assertThat(_get(due, 2).state()).isEqualTo(ReviewState.DUE_SOON);

        _click((Button) _getCellComponent(due, 2, ManagementDashboardView.REASSURE));

        expectNotifications("Tiedot merkitty ajan tasalle " + FinnishDates.date(FinnishDates.today()) + ".");
        @SuppressWarnings("unchecked")
        Grid<DueReview> after = _find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof DueReview)
                .findFirst().orElseThrow();
        assertThat(_size(after)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select responsibility_last_reviewed from offering where id = ?", LocalDate.class,
                soon.getId())).isEqualTo(FinnishDates.today());
    }

    @Test
    void a_sign_in_without_a_page_asked_for_lands_a_keeper_on_the_front_page_of_management_and_a_counsellor_on_the_public_one() {
        UI.getCurrent().navigate(SignedInLanding.ROUTE);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("hallinta");
        assertThat(_find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof DueReview)
                .mapToInt(grid -> _size(grid)).sum()).isEqualTo(3);

        login("ohjaaja-testi", UserRole.COUNSELLOR);
        UI.getCurrent().navigate(SignedInLanding.ROUTE);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    private static String dueText(Grid<ManagedService> grid, String namePrefix) {
        for (int i = 0; i < _size(grid); i++) {
            ManagedService row = _get(grid, i);
            if (row.name().getFi().startsWith(namePrefix)) {
                return com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, i, "NEXT_REVIEW_DUE");
            }
        }
        throw new AssertionError("No row " + namePrefix);
    }

    private static <T> int rowOf(Grid<T> grid, UUID id) {
        for (int i = 0; i < _size(grid); i++) {
            Object row = _get(grid, i);
            UUID rowId = row instanceof ManagedService service ? service.id() : ((ManagedActor) row).id();
            if (rowId.equals(id)) {
                return i;
            }
        }
        throw new AssertionError("No row " + id);
    }

    private long version(String table, UUID id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }
}
