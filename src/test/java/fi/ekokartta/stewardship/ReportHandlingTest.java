package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.web.RateLimitedException;
import fi.ekokartta.base.web.RateLimits;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Handling outdated-information reports: who may move a task between statuses, the one reply
 * e-mail to the reporter on the first close (GreenMail as the SMTP server), reopening, and the
 * anonymous form's refusals (too long, too many) that store nothing. An application of its own
 * (empty database, no seed), since e-mail is switched on at start.
 */
class ReportHandlingTest extends AbstractMailAppTest {

    @Autowired
    private OutdatedReportService reports;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private RateLimits rateLimits;
    @Autowired
    private JdbcTemplate jdbc;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private final String unique = EntryFixture.unique();

    @BeforeEach
    void freshClient() {
        rateLimits.forgetAll();
    }

    @AfterEach
    void deleteTestData() {
        SecurityContextHolder.clearContext();
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    @Test
    void the_responsible_maintainers_and_those_above_and_coordinators_handle_a_report_no_one_else() {
        Actor city = entries().actor("Kaupunki " + unique);
        Actor unit = entries().actor("Työllisyyspalvelut " + unique);
        unit.setParent(city);
        unit = actors.save(unit);
        Actor other = entries().actor("Muu " + unique);
        Offering service = published("Työnhakuklinikka " + unique, unit);
        user("yksikko-" + unique, UserRole.MAINTAINER, unit);
        user("kaupunki-" + unique, UserRole.MAINTAINER, city);
        user("muu-" + unique, UserRole.MAINTAINER, other);
        user("ohjaaja-" + unique, UserRole.COUNSELLOR, unit);
        UUID task = report(service, "Aukioloajat ovat muuttuneet.", null);

        signIn("ohjaaja-" + unique, UserRole.COUNSELLOR);
        assertThatThrownBy(() -> reports.changeStatus(task, ReportStatus.IN_PROGRESS, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.tasks(EnumSet.allOf(ReportStatus.class), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("muu-" + unique, UserRole.MAINTAINER);
        assertThatThrownBy(() -> reports.changeStatus(task, ReportStatus.IN_PROGRESS, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.openReports(PageRequest.of(0, 10))).isEmpty();
        signIn("admin-" + unique, UserRole.ADMIN);
        assertThat(reports.openReports(PageRequest.of(0, 10))).singleElement()
                .satisfies(seen -> assertThat(seen.mayHandle()).isFalse());
        assertThatThrownBy(() -> reports.changeStatus(task, ReportStatus.IN_PROGRESS, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(task)).isEqualTo("OPEN");

        signIn("yksikko-" + unique, UserRole.MAINTAINER);
        assertThat(reports.openReports(PageRequest.of(0, 10))).singleElement()
                .satisfies(seen -> assertThat(seen.mayHandle()).isTrue());
        reports.changeStatus(task, ReportStatus.IN_PROGRESS, "Selvitän asiaa.");
        assertThat(status(task)).isEqualTo("IN_PROGRESS");
        assertThat(reports.openReports(PageRequest.of(0, 10))).singleElement().satisfies(seen -> {
            assertThat(seen.status()).isEqualTo(ReportStatus.IN_PROGRESS);
            assertThat(seen.handlingNote()).isEqualTo("Selvitän asiaa.");
            assertThat(seen.statusChangedBy()).isEqualTo("yksikko-" + unique);
            assertThat(seen.editorPath()).isEqualTo("hallinta/palvelu/" + service.getId());
        });

        signIn("kaupunki-" + unique, UserRole.MAINTAINER);
        reports.changeStatus(task, ReportStatus.FIXED, "Aukioloajat päivitetty.");
        assertThat(jdbc.queryForObject("select handled_by from outdated_report where id = ?", String.class, task))
                .isEqualTo("kaupunki-" + unique);
        assertThat(reports.openReports(PageRequest.of(0, 10))).isEmpty();
        assertThat(reports.tasks(EnumSet.of(ReportStatus.FIXED), PageRequest.of(0, 10))).singleElement()
                .satisfies(seen -> assertThat(seen.handlingNote()).isEqualTo("Aukioloajat päivitetty."));

        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
        reports.changeStatus(task, ReportStatus.OPEN, null);
        assertThat(status(task)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select handled_at from outdated_report where id = ?", java.sql.Timestamp.class, task)).isNull();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void closing_answers_the_reporter_once_in_her_language_with_the_note_and_reopening_sends_nothing() throws Exception {
        Actor provider = entries().actor("Järjestö " + unique);
        Offering service = published("Velkaneuvonta " + unique, provider);
        user("yllapitaja-" + unique, UserRole.MAINTAINER, provider);
        UUID task = report(service, "Puhelinnumero on vanha.", "ilmoittaja@example.org");
        signIn("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThat(reports.changeStatus(task, ReportStatus.IN_PROGRESS, "Tarkistan numeron.")).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(reports.changeStatus(task, ReportStatus.FIXED, "Numero on nyt 09 123 4567.")).isTrue();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ilmoittaja@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ekokartta@ekokartta.example");
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: ilmoituksesi tiedosta Velkaneuvonta " + unique + " on käsitelty");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).contains(
                "kiitos ilmoituksestasi, jonka lähetit Ekokartassa " + FinnishDates.date(FinnishDates.today())
                        + " tiedosta Velkaneuvonta " + unique,
                "Tieto on korjattu.", "Käsittelijän huomio: Numero on nyt 09 123 4567.",
                "Ilmoituksesi:\nPuhelinnumero on vanha.", "https://ekokartta.example/palvelu/" + service.getId());
        assertThat(jdbc.queryForObject("select reply_sent_at is not null from outdated_report where id = ?", Boolean.class, task)).isTrue();

        // Undone: open again, then closed again (as rejected): the reporter was answered already.
        assertThat(reports.changeStatus(task, ReportStatus.IN_PROGRESS, null)).isFalse();
        assertThat(reports.changeStatus(task, ReportStatus.REJECTED, "Toinen huomio.")).isFalse();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(status(task)).isEqualTo("REJECTED");
    }

    @Test
    void a_report_in_swedish_is_answered_in_swedish_and_one_without_an_address_not_at_all() throws Exception {
        Actor provider = entries().actor("Förening " + unique);
        Offering service = published("Skuldrådgivning " + unique, provider);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
        reports.report(EntryKind.SERVICE, service.getId(), "Telefonnumret är gammalt.", "anmalare@example.org", Language.SV);
        reports.report(EntryKind.SERVICE, service.getId(), "Ingen adress.", null, Language.SV);
        UUID swedish = jdbc.queryForObject("select id from outdated_report where message = 'Telefonnumret är gammalt.'", UUID.class);
        UUID anonymous = jdbc.queryForObject("select id from outdated_report where message = 'Ingen adress.'", UUID.class);

        assertThat(reports.changeStatus(anonymous, ReportStatus.REJECTED, "Inget att ändra.")).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(reports.changeStatus(swedish, ReportStatus.REJECTED, "Numret stämmer.")).isTrue();

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: din anmälan om Skuldrådgivning " + unique + " har behandlats");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).contains("Uppgiften ändrades inte.", "Handläggarens anteckning: Numret stämmer.",
                "Din anmälan:\nTelefonnumret är gammalt.");
    }

    @Test
    void a_note_too_long_or_with_control_characters_changes_nothing() {
        Actor provider = entries().actor("Järjestö " + unique);
        Offering service = published("Palvelu " + unique, provider);
        UUID task = report(service, "Osoite on vanha.", "ilmoittaja@example.org");
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);

        assertThatThrownBy(() -> reports.changeStatus(task, ReportStatus.FIXED, "x".repeat(OutdatedReport.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(RejectedInputException.class).hasMessage("report-handling.error.note-too-long");
        assertThatThrownBy(() -> reports.changeStatus(task, ReportStatus.FIXED, "Korjattu\u0000"))
                .isInstanceOf(RejectedInputException.class);

        assertThat(status(task)).isEqualTo("OPEN");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_anonymous_form_refuses_oversize_text_and_the_sixth_report_from_one_address_and_stores_nothing_of_them() {
        Actor actor = entries().actor("Toimija " + unique);

        assertThatThrownBy(() -> reports.report(EntryKind.ACTOR, actor.getId(), "x".repeat(OutdatedReport.MAX_MESSAGE_LENGTH + 1), null))
                .isInstanceOf(RejectedInputException.class).hasMessage("feedback.error.message-too-long");
        assertThatThrownBy(() -> reports.report(EntryKind.ACTOR, actor.getId(), "Liian pitkä osoite",
                "a".repeat(300) + "@example.org")).isInstanceOf(RejectedInputException.class);
        assertThat(reportsOf(actor.getId())).isZero();

        for (int i = 1; i <= 5; i++) {
            reports.report(EntryKind.ACTOR, actor.getId(), "Osoite on muuttunut " + i, null);
        }
        assertThatThrownBy(() -> reports.report(EntryKind.ACTOR, actor.getId(), "Osoite on muuttunut 6", null))
                .isInstanceOf(RateLimitedException.class);
        assertThat(reportsOf(actor.getId())).isEqualTo(5);
    }

    private UUID report(Offering service, String message, String email) {
        SecurityContextHolder.clearContext();
        reports.report(EntryKind.SERVICE, service.getId(), message, email);
        return jdbc.queryForObject("select id from outdated_report where entry_id = ? and message = ?", UUID.class,
                service.getId(), message);
    }

    private String status(UUID task) {
        return jdbc.queryForObject("select status from outdated_report where id = ?", String.class, task);
    }

    private int reportsOf(UUID entryId) {
        return jdbc.queryForObject("select count(*) from outdated_report where entry_id = ?", Integer.class, entryId);
    }

    private Offering published(String name, Actor provider) {
        return entries().offering(name, provider, OfferingStatus.PUBLISHED, offering -> { });
    }

    private void user(String username, UserRole role, Actor organization) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash("{noop}ei-kaytossa");
        user.setRole(role);
        user.getOrganizations().add(organization);
        UUID id = users.save(user).getId();
        cleanUps.push(() -> {
            jdbc.update("delete from app_user_organization where app_user_id = ?", id);
            jdbc.update("delete from app_user where id = ?", id);
        });
    }

    private static void signIn(String username, UserRole role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
    }

    private EntryFixture entries() {
        return new EntryFixture(actors, offerings, jdbc, cleanUps::push);
    }
}
