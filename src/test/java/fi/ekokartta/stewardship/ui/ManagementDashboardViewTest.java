package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
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
import fi.ekokartta.stewardship.ReportStatus;
import fi.ekokartta.stewardship.ReportTask;
import fi.ekokartta.accessibility.AccessibilityFeedback;
import fi.ekokartta.base.i18n.FinnishDates;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.DueReview;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Div ecosystem = _get(Div.class, spec -> spec.withId("ecosystem-summary"));
        _get(ecosystem, H2.class, spec -> spec.withText("Ekosysteemi luvuin"));
        _get(ecosystem, DescriptionList.Term.class, spec -> spec.withText("Tehtäviä myöhässä"));
        assertEquals("ekosysteemi", _get(ecosystem, Anchor.class, spec -> spec.withText("Kaikki ekosysteemin luvut")).getHref());
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

        _get(Paragraph.class, spec -> spec.withText("Luvut koskevat tietoja, joiden päivitysvastuu on organisaatioillasi tai niiden yksiköillä."));
        assertEquals("1", figure("Palveluluonnokset"));
        assertEquals("1", figure("Julkaistut palvelut"));
        assertEquals("0", figure("Arkistoidut palvelut"));
        assertEquals("1", figure("Toimijat"));
        assertEquals("1", figure("Tarkistus myöhässä"));
        @SuppressWarnings("unchecked")
        Grid<DueReview> overdue = _get(Grid.class);
        assertEquals(1, _size(overdue));
        assertEquals("Unohtunut palvelu " + unique, _get(overdue, 0).name().getFi());
        _assertNone(Div.class, spec -> spec.withId("ecosystem-summary"));
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
    void a_maintainer_handles_her_organizations_report_with_confirmation_and_can_undo_it() {
        String unique = EntryFixture.unique();
        Actor own = saveActor("Oma järjestö " + unique);
        Actor other = saveActor("Toinen järjestö " + unique);
        Offering service = entries().offering("Palvelu " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        Offering othersService = entries().offering("Toisen palvelu " + unique, other, OfferingStatus.PUBLISHED, offering -> { });
        String message = "Aukioloajat ovat muuttuneet. Tiistaisin ovet ovat kiinni, ja puhelinaika on nyt aamupäivisin "
                + "kello yhdeksästä yhteentoista; myös osoite on vaihtunut kesällä.";
        reports.report(EntryKind.SERVICE, service.getId(), message, "ilmoittaja@testi.example");
        reports.report(EntryKind.SERVICE, othersService.getId(), "Puhelinnumero on vanha.", null);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        Grid<ReportTask> tasks = reportGrid();
        assertEquals(1, _size(tasks));
        assertEquals("Palvelu " + unique, ((Anchor) _getCellComponent(tasks, 0, ReportTaskList.ENTRY)).getText());
        assertEquals("hallinta/palvelu/" + service.getId(), ((Anchor) _getCellComponent(tasks, 0, ReportTaskList.EDITOR)).getHref());
        assertEquals(message, _get(tasks, 0).message());
        assertEquals("mailto:ilmoittaja@testi.example", ((Anchor) _getCellComponent(tasks, 0, ReportTaskList.REPORTER)).getHref());

        _click((Button) _getCellComponent(tasks, 0, ReportTaskList.HANDLE));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportStatus> status = _get(RadioButtonGroup.class, spec -> spec.withLabel("Tila"));
        _setValue(status, ReportStatus.FIXED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Käsittelyn huomio")), "Aukioloajat päivitetty.");
        _get(Paragraph.class, spec -> spec.withText(
                "Ilmoitus suljetaan. Sähköposti ei ole käytössä, joten vastausta ei lähetetä; vastaa ilmoittajalle itse osoitteeseen "
                        + "ilmoittaja@testi.example."));
        assertEquals("OPEN", statusOf(service));
        ConfirmDialogKt._fireConfirm(confirm);

        _get(Paragraph.class, spec -> spec.withText("Ei avoimia ilmoituksia."));
        assertEquals("FIXED", statusOf(service));
        assertEquals("yllapitaja-" + unique, jdbc.queryForObject(
                "select handled_by from outdated_report where entry_id = ?", String.class, service.getId()));

        _click(_get(Button.class, spec -> spec.withText("Kumoa")));

        assertEquals("OPEN", statusOf(service));
        assertEquals(1, _size(reportGrid()));
        assertTrue(jdbc.queryForObject("select handled_at is null from outdated_report where entry_id = ?", Boolean.class,
                service.getId()));
    }

    @Test
    void handled_reports_are_listed_under_their_own_choice_with_the_note() {
        String unique = EntryFixture.unique();
        Actor own = saveActor("Oma järjestö " + unique);
        Offering service = entries().offering("Palvelu " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        reports.report(EntryKind.SERVICE, service.getId(), "Kuvaus on vanha.", null);
        UUID task = jdbc.queryForObject("select id from outdated_report where entry_id = ?", UUID.class, service.getId());
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        reports.changeStatus(task, ReportStatus.REJECTED, "Kuvaus pitää paikkansa.");

        UI.getCurrent().navigate(ManagementDashboardView.class);
        _get(Paragraph.class, spec -> spec.withText("Ei avoimia ilmoituksia."));
        @SuppressWarnings("unchecked")
        Select<Object> shown = _get(Select.class, spec -> spec.withLabel("Näytä"));
        _setValue(shown, shown.getListDataView().getItems().toList().get(1));

        assertEquals(1, _size(reportGrid()));
        assertEquals("HylättyHuomio: Kuvaus pitää paikkansa.Muutti yllapitaja-" + unique + " " + FinnishDates.date(FinnishDates.today()),
                _getCellComponent(reportGrid(), 0, ReportTaskList.STATUS).getElement().getTextRecursively());
    }

    @Test
    void the_accessibility_feedback_shows_its_deadline_flags_the_late_and_records_the_answer() {
        String marker = "Määräaikatesti " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message like ?", marker + "%"));
        jdbc.update("insert into accessibility_feedback (id, message, language, received_at) values (?, ?, 'fi', now() - interval '20 days')",
                UUID.randomUUID(), marker + " myöhässä");
        jdbc.update("insert into accessibility_feedback (id, message, language, received_at) values (?, ?, 'fi', now() - interval '3 days')",
                UUID.randomUUID(), marker + " ajoissa");
        long late = jdbc.queryForObject("""
                select count(*) from accessibility_feedback where answered_at is null
                and (received_at at time zone 'Europe/Helsinki')::date + 14 < (now() at time zone 'Europe/Helsinki')::date""", Long.class);
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(Paragraph.class, spec -> spec.withText("Myöhässä vastaamatta " + late));
        Grid<AccessibilityFeedback> grid = feedbackGrid();
        int lateRow = rowOf(grid, marker + " myöhässä");
        int onTimeRow = rowOf(grid, marker + " ajoissa");
        assertTrue(lateRow < onTimeRow, "the older unanswered message comes first");
        assertEquals(FinnishDates.dayOf(java.time.Instant.now().minus(java.time.Duration.ofDays(20))).plusDays(14),
                _get(grid, lateRow).answerDue());
        assertTrue(_get(grid, lateRow).isLate(FinnishDates.today()));
        assertTrue(!_get(grid, onTimeRow).isLate(FinnishDates.today()));
        assertEquals(FinnishDates.date(_get(grid, lateRow).answerDue()) + " Myöhässä",
                _getCellComponent(grid, lateRow, AccessibilityFeedbackList.DUE).getElement().getTextRecursively());
        assertEquals(FinnishDates.date(_get(grid, onTimeRow).answerDue()),
                _getCellComponent(grid, onTimeRow, AccessibilityFeedbackList.DUE).getElement().getTextRecursively());

        _click((Button) _getCellComponent(grid, lateRow, AccessibilityFeedbackList.ANSWER));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Annettu vastaus")), "Korjasimme kontrastin, kiitos.");
        _click(_get(Button.class, spec -> spec.withText("Tallenna vastaus")));

        assertEquals("koordinaattori-testi", jdbc.queryForObject(
                "select answered_by from accessibility_feedback where message = ?", String.class, marker + " myöhässä"));
        assertEquals("Korjasimme kontrastin, kiitos.", jdbc.queryForObject(
                "select answer from accessibility_feedback where message = ?", String.class, marker + " myöhässä"));
        grid = feedbackGrid();
        int answeredRow = rowOf(grid, marker + " myöhässä");
        assertTrue(_getCellComponent(grid, answeredRow, AccessibilityFeedbackList.ANSWER).getElement().getTextRecursively()
                .startsWith("Korjasimme kontrastin, kiitos.Kirjasi koordinaattori-testi"));
        assertTrue(_getCellComponent(grid, answeredRow, AccessibilityFeedbackList.DUE).getElement().getTextRecursively()
                .endsWith("Vastattu myöhässä"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccessibilityFeedback> feedbackGrid() {
        return _find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof AccessibilityFeedback)
                .map(grid -> (Grid<AccessibilityFeedback>) grid).findFirst().orElseThrow();
    }

    private static int rowOf(Grid<AccessibilityFeedback> grid, String message) {
        for (int row = 0; row < _size(grid); row++) {
            if (_get(grid, row).getMessage().equals(message)) {
                return row;
            }
        }
        throw new AssertionError("Not on the first page: " + message);
    }

    private String statusOf(Offering service) {
        return jdbc.queryForObject("select status from outdated_report where entry_id = ?", String.class, service.getId());
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
        int openReports = jdbc.queryForObject("select count(*) from outdated_report where status in ('OPEN', 'IN_PROGRESS')", Integer.class);
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
        _find(Span.class, spec -> spec.withText("Sivu 2 / " + (openReports + 24) / 25)).getFirst();
    }

    private static Grid<ReportTask> reportGrid() {
        return _find(Grid.class).stream().filter(grid -> _size(grid) > 0 && _get(grid, 0) instanceof ReportTask)
                .map(grid -> (Grid<ReportTask>) grid).findFirst().orElseThrow();
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
