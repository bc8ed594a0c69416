package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OpenReport;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.DueReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagementDashboardViewTest extends AbstractAppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OutdatedReportService reports;

    @Test
    void anonymous_user_is_sent_to_login_from_management_view() {
        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(LoginForm.class);
        _assertNone(ManagementDashboardView.class);
    }

    @Test
    void counsellor_is_not_let_into_the_management_view() {
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(H1.class, spec -> spec.withText("Ei pääsyä tälle sivulle"));
        _assertNone(ManagementDashboardView.class);
    }

    @Test
    void coordinator_sees_the_management_dashboard() {
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(H1.class, spec -> spec.withText("Hallinta"));
        _get(Paragraph.class, spec -> spec.withText("Luvut koskevat koko palvelukarttaa."));
        figure("Palveluluonnokset");
        figure("Julkaistut palvelut");
        figure("Arkistoidut palvelut");
        figure("Toimijat");
        figure("Tarkistus myöhässä");
    }

    @Test
    void maintainer_sees_only_her_organizations_entries() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor own = saveActor("Oma järjestö " + unique);
        Actor other = saveActor("Toinen järjestö " + unique);
        saveOffering("Unohtunut palvelu " + unique, own, OfferingStatus.DRAFT, LocalDate.now().minusYears(2));
        saveOffering("Tuore palvelu " + unique, own, OfferingStatus.PUBLISHED, LocalDate.now());
        saveOffering("Toisen palvelu " + unique, other, OfferingStatus.DRAFT, LocalDate.now().minusYears(2));
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(Paragraph.class, spec -> spec.withText("Luvut koskevat tietoja, joiden päivitysvastuu on organisaatioillasi."));
        assertEquals("1", figure("Palveluluonnokset"));
        assertEquals("1", figure("Julkaistut palvelut"));
        assertEquals("0", figure("Arkistoidut palvelut"));
        assertEquals("1", figure("Toimijat"));
        assertEquals("1", figure("Tarkistus myöhässä"));
        @SuppressWarnings("unchecked")
        Grid<DueReview> overdue = _get(Grid.class);
        assertEquals(1, _size(overdue));
        assertEquals("Unohtunut palvelu " + unique, _get(overdue, 0).name().getFi());
    }

    /** The value shown beside a figure's label. */
    private static String figure(String label) {
        Component term = _get(DescriptionList.Term.class, spec -> spec.withText(label));
        Component figure = term.getParent().orElseThrow();
        return figure.getChildren()
                .filter(DescriptionList.Description.class::isInstance)
                .map(description -> description.getElement().getTextRecursively())
                .findFirst().orElseThrow();
    }

    @Test
    void outdated_reports_reach_the_responsible_organizations_maintainer_until_handled() {
        String unique = EntryFixture.unique();
        Actor own = saveActor("Oma järjestö " + unique);
        Actor other = saveActor("Toinen järjestö " + unique);
        Offering service = entries().offering("Palvelu " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        Offering othersService = entries().offering("Toisen palvelu " + unique, other, OfferingStatus.PUBLISHED, offering -> { });
        reports.report(EntryKind.SERVICE, service.getId(), "Aukioloajat ovat muuttuneet.", null);
        reports.report(EntryKind.SERVICE, othersService.getId(), "Puhelinnumero on vanha.", null);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        Grid<OpenReport> tasks = reportGrid();
        assertEquals(1, _size(tasks));
        assertEquals("Palvelu " + unique, ((Anchor) _getCellComponent(tasks, 0, ManagementDashboardView.REPORT_ENTRY)).getText());
        assertEquals("Aukioloajat ovat muuttuneet.", _get(tasks, 0).message());
        _click((Button) _getCellComponent(tasks, 0, ManagementDashboardView.REPORT_HANDLED));

        _get(Paragraph.class, spec -> spec.withText("Ei avoimia ilmoituksia."));
        assertEquals("yllapitaja-" + unique, jdbc.queryForObject(
                "select handled_by from outdated_report where entry_id = ?", String.class, service.getId()));
    }

    /** Access matrix of marking a task handled: the responsible maintainer, coordinators; no one else. */
    @Test
    void only_those_who_see_a_task_may_mark_it_handled() {
        String unique = EntryFixture.unique();
        Actor own = saveActor("Oma järjestö " + unique);
        Actor other = saveActor("Toinen järjestö " + unique);
        Offering service = entries().offering("Palvelu " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        Offering othersService = entries().offering("Toisen palvelu " + unique, other, OfferingStatus.PUBLISHED, offering -> { });
        reports.report(EntryKind.SERVICE, service.getId(), "Aukioloajat ovat muuttuneet.", null);
        reports.report(EntryKind.SERVICE, othersService.getId(), "Puhelinnumero on vanha.", null);
        UUID ownTask = jdbc.queryForObject("select id from outdated_report where entry_id = ?", UUID.class, service.getId());
        UUID othersTask = jdbc.queryForObject("select id from outdated_report where entry_id = ?", UUID.class,
                othersService.getId());
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);

        login("ohjaaja-" + unique, UserRole.COUNSELLOR);
        assertThrows(AccessDeniedException.class, () -> reports.markHandled(ownTask));
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        assertThrows(AccessDeniedException.class, () -> reports.markHandled(othersTask));
        reports.markHandled(ownTask);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        reports.markHandled(othersTask);

        assertEquals("yllapitaja-" + unique, jdbc.queryForObject(
                "select handled_by from outdated_report where id = ?", String.class, ownTask));
        assertEquals("koordinaattori-" + unique, jdbc.queryForObject(
                "select handled_by from outdated_report where id = ?", String.class, othersTask));
    }

    @Test
    void coordinator_sees_every_open_report_and_the_accessibility_feedback() {
        String unique = EntryFixture.unique();
        Offering service = entries().offering("Palvelu " + unique, saveActor("Järjestö " + unique),
                OfferingStatus.PUBLISHED, offering -> { });
        reports.report(EntryKind.SERVICE, service.getId(), "Kuvaus on vanhentunut.", "ilmoittaja@testi.example");
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        assertTrue(reportGrid().getGenericDataView().getItems().anyMatch(report -> report.entryName().equals("Palvelu " + unique)
                && "ilmoittaja@testi.example".equals(report.reporterEmail())));
        _get(H2.class, spec -> spec.withText("Saavutettavuuspalaute"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_hundred_and_twenty_reports_and_feedback_messages_are_shown_a_page_at_a_time_with_their_totals() {
        String marker = "Sivutustesti " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from outdated_report where message like ?", marker + "%"));
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message like ?", marker + "%"));
        for (int i = 0; i < 120; i++) {
            jdbc.update("""
                    insert into outdated_report (id, entry_kind, entry_id, entry_name, message, reported_at)
                    values (?, 'SERVICE', ?, ?, ?, now() - make_interval(secs => ?))""",
                    UUID.randomUUID(), UUID.randomUUID(), "Palvelu " + i, marker + " " + i, 120 - i);
            jdbc.update("insert into accessibility_feedback (id, message, language, received_at) values (?, ?, 'fi', now())",
                    UUID.randomUUID(), marker + " " + i);
        }
        int openReports = jdbc.queryForObject("select count(*) from outdated_report where handled_at is null", Integer.class);
        int feedbackMessages = jdbc.queryForObject("select count(*) from accessibility_feedback", Integer.class);
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        assertEquals(ManagementDashboardView.PAGE_SIZE, _size(reportGrid()));
        _get(Paragraph.class, spec -> spec.withText("Avoimia ilmoituksia " + openReports));
        _get(Paragraph.class, spec -> spec.withText("Palautteita " + feedbackMessages));
        assertEquals(2 * ManagementDashboardView.PAGE_SIZE, _find(Grid.class).stream()
                .filter(grid -> _size(grid) > 0 && !(_get(grid, 0) instanceof DueReview)).mapToInt(grid -> _size(grid)).sum());
        String firstOfPageOne = _get(reportGrid(), 0).message();

        _click(_find(Button.class, spec -> spec.withText("Seuraava sivu")).getFirst());

        assertEquals(ManagementDashboardView.PAGE_SIZE, _size(reportGrid()));
        assertTrue(!_get(reportGrid(), 0).message().equals(firstOfPageOne));
        _find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Sivu 2 / " + (openReports + 24) / 25)).getFirst();
    }

    private static Grid<OpenReport> reportGrid() {
        return _find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof OpenReport)
                .map(grid -> (Grid<OpenReport>) grid).findFirst().orElseThrow();
    }

    private Actor saveActor(String name) {
        return entries().actor(name);
    }

    private void saveOffering(String name, Actor provider, OfferingStatus status, LocalDate lastReviewed) {
        entries().offering(name, provider, status, offering -> {
            offering.getResponsibility().setLastReviewed(lastReviewed);
            offering.getResponsibility().setReviewIntervalMonths(6);
        });
    }
}
