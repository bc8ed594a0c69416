package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly reminders by e-mail (GreenMail as the SMTP server): each keeper's digest holds her
 * overdue and soon-due entries and open reports and nobody else's, with signed links that
 * re-assure the entry after one confirmation and are refused when expired, changed or no longer
 * permitted; one digest a week; the coordinators hear of entries overdue by more than 30 days,
 * once per entry and due date.
 */
class RemindersTest extends AbstractMailAppTest {

    @Autowired
    private EntryKeeperRepository keepers;

    private static final Pattern REASSURE_LINK = Pattern.compile("https://ekokartta\\.example/muistutus/(\\S+)");

    @Autowired
    private Reminders reminders;
    @Autowired
    private ReminderConfirmation confirmation;
    @Autowired
    private ReminderLinks links;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private PlatformTransactionManager transactions;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private final LocalDate today = FinnishDates.today();
    private final String unique = EntryFixture.unique();

    @AfterEach
    void deleteTestData() {
        jdbc.update("delete from review_escalation");
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    @Test
    void each_keeper_gets_her_overdue_and_soon_due_entries_and_open_reports_and_nobody_elses() {
        Actor own = entries().actor("Oma järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(dueOn(-3)));
        Actor unit = entries().actor("Oma yksikkö " + unique, actor -> actor.setParent(own));
        Actor other = entries().actor("Toinen järjestö " + unique);
        Actor quiet = entries().actor("Hiljainen järjestö " + unique);
        user("pitaja-" + unique, UserRole.MAINTAINER, "pitaja@example.org", own);
        AppUser colleague = user("kollega-" + unique, UserRole.MAINTAINER, "kollega@example.org", own);
        user("toinen-" + unique, UserRole.MAINTAINER, "toinen@example.org", other);
        user("hiljainen-" + unique, UserRole.MAINTAINER, "hiljainen@example.org", quiet);
        Offering overdue = service("Myöhässä oleva", own, -10);
        service("Pian erääntyvä", own, 20);
        service("Ajan tasalla oleva", own, 200);
        service("Yksikön palvelu", unit, -5);
        Offering colleagues = service("Kollegan palvelu", own, -2);
        keepers.save(EntryKeeper.of(colleagues, colleague));
        Offering othersService = service("Toisen palvelu", other, -1);
        service("Hiljaisen palvelu", quiet, 100);
        report(overdue, own, "OPEN");
        report(othersService, other, "IN_PROGRESS");

        Reminders.Outcome outcome = reminders.run(today);

        assertThat(outcome.failed()).isZero();
        assertThat(mailTo("hiljainen@example.org")).as("nothing due: no mail").isEmpty();
        String mine = onlyMailTo("pitaja@example.org");
        assertThat(mine).contains("Hei pitaja-" + unique,
                "Palvelu: Myöhässä oleva " + unique + " – tarkistus erääntyi " + FinnishDates.date(today.plusDays(-10))
                        + ", 10 päivää sitten",
                "Palvelu: Yksikön palvelu " + unique + " – tarkistus erääntyi",
                "Toimija: Oma järjestö " + unique + " – tarkistus erääntyi " + FinnishDates.date(today.plusDays(-3)),
                "Palvelu: Pian erääntyvä " + unique + " – tarkistettava viimeistään " + FinnishDates.date(today.plusDays(20)),
                "Avoimet ilmoitukset vanhentuneista tiedoista:\n- Palvelu: Myöhässä oleva " + unique + " – ilmoitettu "
                        + FinnishDates.date(today) + ", tila: Uusi",
                "Muokkaa: https://ekokartta.example/hallinta/palvelu/" + overdue.getId(),
                "Muokkaa: https://ekokartta.example/hallinta/toimija/" + own.getId(),
                "uppgifterna är aktuella", "the information is up to date")
                .doesNotContain("Ajan tasalla oleva", "Kollegan palvelu", "Toisen palvelu", "Hiljaisen");
        assertThat(mine.indexOf("Tarkistus myöhässä:")).isLessThan(mine.indexOf("Myöhässä oleva"));
        assertThat(mine.indexOf("Tarkistus erääntyy 30 päivän kuluessa:")).isGreaterThan(mine.indexOf("Yksikön palvelu"))
                .isLessThan(mine.indexOf("Pian erääntyvä"));
        assertThat(REASSURE_LINK.matcher(mine).results().count()).as("one re-assure link per entry").isEqualTo(4);
        assertThat(onlyMailTo("kollega@example.org")).as("her own entry goes to the named responsible only")
                .contains("Kollegan palvelu", "Myöhässä oleva").doesNotContain("Toisen palvelu");
        assertThat(onlyMailTo("toinen@example.org")).contains("Toisen palvelu", "tila: Työn alla")
                .doesNotContain("Myöhässä oleva", "Oma järjestö");
    }

    @Test
    void a_second_run_in_the_same_week_sends_no_second_digest_and_the_next_week_sends_again() {
        Actor own = entries().actor("Viikkojärjestö " + unique);
        user("viikko-" + unique, UserRole.MAINTAINER, "viikko@example.org", own);
        service("Viikon palvelu", own, -1);

        assertThat(reminders.run(today).digests()).isEqualTo(1);
        LocalDate sameWeek = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1) : today.plusDays(1);
        assertThat(reminders.run(today).digests()).isZero();
        assertThat(reminders.run(sameWeek).digests()).isZero();
        assertThat(mailTo("viikko@example.org")).hasSize(1);

        assertThat(reminders.run(today.with(DayOfWeek.MONDAY).plusWeeks(1)).digests()).isEqualTo(1);
        assertThat(mailTo("viikko@example.org")).hasSize(2);
    }

    @Test
    void the_link_in_the_mail_reassures_the_entry_after_one_confirmation_as_the_user_it_was_sent_to() {
        Actor own = entries().actor("Linkkijärjestö " + unique);
        user("linkki-" + unique, UserRole.MAINTAINER, "linkki@example.org", own);
        Offering service = service("Linkin palvelu", own, -4);
        reminders.run(today);
        String token = reassureToken(onlyMailTo("linkki@example.org"), "Linkin palvelu");

        ReminderLinkCheck opened = confirmation.check(token);

        assertThat(opened.status()).isEqualTo(ReminderLinkCheck.Status.VALID);
        assertThat(opened.entryName().getFi()).isEqualTo("Linkin palvelu " + unique);
        assertThat(opened.username()).isEqualTo("linkki-" + unique);
        assertThat(assuredDate(service)).as("opening the page changes nothing").isNotEqualTo(today);

        ReminderLinkCheck confirmed = confirmation.confirm(token);

        assertThat(confirmed.status()).isEqualTo(ReminderLinkCheck.Status.DONE);
        assertThat(confirmed.assuredOn()).isEqualTo(today);
        assertThat(assuredDate(service)).isEqualTo(today);
        assertThat(jdbc.queryForObject("select assurer from offering where id = ?", String.class, service.getId()))
                .isEqualTo("linkki@example.org");
        assertThat(jdbc.queryForList("select username from audit_event where action = 'ENTRY_REASSURED' and subject = ?",
                String.class, "/palvelu/" + service.getId())).containsExactly("linkki-" + unique);
    }

    @Test
    void an_expired_a_changed_and_a_no_longer_permitted_link_are_refused_and_change_nothing() {
        Actor own = entries().actor("Kieltojärjestö " + unique);
        Actor other = entries().actor("Vieras järjestö " + unique);
        AppUser keeper = user("kielto-" + unique, UserRole.MAINTAINER, "kielto@example.org", own);
        Offering service = service("Kiellon palvelu", own, -4);
        Offering othersService = service("Vieras palvelu", other, -4);
        reminders.run(today);
        String token = reassureToken(onlyMailTo("kielto@example.org"), "Kiellon palvelu");

        String expired = links.reassureToken(EntryKind.SERVICE, service.getId(), keeper.getId(), today.minusDays(1));
        assertThat(confirmation.confirm(expired).status()).isEqualTo(ReminderLinkCheck.Status.EXPIRED);
        assertThat(confirmation.check(links.reassureToken(EntryKind.SERVICE, service.getId(), keeper.getId(), today)).status())
                .as("the last day still works").isEqualTo(ReminderLinkCheck.Status.VALID);
        assertThat(confirmation.confirm(tampered(token)).status()).isEqualTo(ReminderLinkCheck.Status.INVALID);
        assertThat(confirmation.confirm("ei-linkki").status()).isEqualTo(ReminderLinkCheck.Status.INVALID);
        String otherEntry = links.reassureToken(EntryKind.SERVICE, othersService.getId(), keeper.getId(), today.plusDays(14));
        assertThat(confirmation.confirm(otherEntry).status()).as("a signed link for an entry she does not keep")
                .isEqualTo(ReminderLinkCheck.Status.REFUSED);

        jdbc.update("delete from app_user_organization where app_user_id = ?", keeper.getId());
        assertThat(confirmation.confirm(token).status()).as("she left the organization").isEqualTo(ReminderLinkCheck.Status.REFUSED);
        jdbc.update("insert into app_user_organization (app_user_id, organizations_id) values (?, ?)", keeper.getId(), own.getId());
        jdbc.update("update app_user set enabled = false where id = ?", keeper.getId());
        assertThat(confirmation.confirm(token).status()).as("her account was closed").isEqualTo(ReminderLinkCheck.Status.REFUSED);

        assertThat(assuredDate(service)).isNotEqualTo(today);
        assertThat(assuredDate(othersService)).isNotEqualTo(today);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENTRY_REASSURED' and subject in (?, ?)",
                Long.class, "/palvelu/" + service.getId(), "/palvelu/" + othersService.getId())).isZero();
    }

    @Test
    void the_coordinators_hear_of_entries_overdue_over_30_days_once_per_entry_and_due_date() {
        Actor own = entries().actor("Eskalaatiojärjestö " + unique);
        user("eskaloitu-" + unique, UserRole.MAINTAINER, "eskaloitu@example.org", own);
        user("koordinaattori-" + unique, UserRole.COORDINATOR, "koordinaattori@example.org");
        service("Kauan myöhässä", own, -40, offering -> offering.getResponsibility().setResponsiblePerson("Vastuu Henkilö"));
        service("Vähän myöhässä", own, -10);

        Reminders.Outcome first = reminders.run(today);

        assertThat(first.escalated()).isEqualTo(1);
        String escalation = onlyMailTo("koordinaattori@example.org");
        assertThat(escalation).contains("Eskalaatiojärjestö " + unique + "\nVastuussa: Vastuu Henkilö\n- Palvelu: Kauan myöhässä "
                + unique + " – tarkistus erääntyi " + FinnishDates.date(today.minusDays(40)) + ", 40 päivää sitten")
                .doesNotContain("Vähän myöhässä");
        assertThat(onlyMailTo("eskaloitu@example.org")).as("the keeper's own digest").contains("Kauan myöhässä", "Vähän myöhässä");

        reminders.run(today);
        assertThat(mailTo("koordinaattori@example.org")).as("the same entries are not escalated again").hasSize(1);

        LocalDate later = today.plusDays(21);
        reminders.run(later);
        List<String> toCoordinator = mailTo("koordinaattori@example.org");
        assertThat(toCoordinator).hasSize(2);
        assertThat(toCoordinator.get(1)).contains("Vähän myöhässä " + unique + " – tarkistus erääntyi", "31 päivää sitten")
                .doesNotContain("Kauan myöhässä");
    }

    @Test
    void an_address_the_server_refuses_does_not_stop_the_others_and_is_tried_again() {
        Actor own = entries().actor("Osoitejärjestö " + unique);
        user("rikki-" + unique, UserRole.MAINTAINER, "rikki@@example..org", own);
        user("ehja-" + unique, UserRole.MAINTAINER, "ehja@example.org", own);
        service("Osoitteen palvelu", own, -1);

        Reminders.Outcome first = reminders.run(today);

        assertThat(first.failed()).isEqualTo(1);
        assertThat(mailTo("ehja@example.org")).hasSize(1);
        Reminders.Outcome second = reminders.run(today);
        assertThat(second.failed()).as("the refused one is tried again").isEqualTo(1);
        assertThat(second.digests()).isZero();
        assertThat(mailTo("ehja@example.org")).hasSize(1);
    }

    @Test
    void without_a_configured_secret_the_key_is_made_once_and_kept_so_links_survive_a_restart() {
        List<byte[]> before = jdbc.queryForList("select secret from link_secret", byte[].class);
        jdbc.update("delete from link_secret");
        try {
            LinkSecret first = new LinkSecret(entityManager, transactions, "");
            // First needed by a step that is rolled back, as a digest whose mail the server refused.
            byte[] key = new TransactionTemplate(transactions).execute(status -> {
                status.setRollbackOnly();
                return first.key();
            });
            LinkSecret afterRestart = new LinkSecret(entityManager, transactions, "");

            assertThat(afterRestart.key()).isEqualTo(key).hasSize(32);
            assertThat(jdbc.queryForObject("select count(*) from link_secret", Long.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from link_secret");
            before.forEach(secret -> jdbc.update("insert into link_secret (id, secret) values (1, ?)", (Object) secret));
        }
        String token = links.reassureToken(EntryKind.SERVICE, UUID.randomUUID(), UUID.randomUUID(), today);
        assertThat(new ReminderLinks(new SignedLinks(new LinkSecret(entityManager, transactions, ""))).verify(token)).isPresent();
    }

    /** The day the entry was last reviewed for its next review to be due the given days from today. */
    private LocalDate dueOn(int daysFromToday) {
        return today.plusDays(daysFromToday).minusMonths(12);
    }

    private Offering service(String name, Actor responsible, int dueInDays) {
        return service(name, responsible, dueInDays, offering -> { });
    }

    private Offering service(String name, Actor responsible, int dueInDays, Consumer<Offering> details) {
        return entries().offering(name + " " + unique, responsible, OfferingStatus.PUBLISHED, offering -> {
            offering.setAssuredDate(dueOn(dueInDays));
            offering.getResponsibility().setLastReviewed(dueOn(dueInDays));
            details.accept(offering);
        });
    }

    private void report(Offering service, Actor responsible, String status) {
        jdbc.update("""
                insert into outdated_report (id, entry_kind, entry_id, entry_name, responsible_actor_id, message, reported_at, status)
                values (?, 'SERVICE', ?, ?, ?, 'Puhelinnumero on vanha.', now(), ?)""",
                UUID.randomUUID(), service.getId(), service.getName().getFi(), responsible.getId(), status);
    }

    private AppUser user(String username, UserRole role, String email, Actor... organizations) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash("{noop}ei-kaytossa");
        user.setRole(role);
        user.setEmail(email);
        user.getOrganizations().addAll(List.of(organizations));
        AppUser saved = users.save(user);
        cleanUps.push(() -> {
            jdbc.update("delete from app_user_organization where app_user_id = ?", saved.getId());
            jdbc.update("delete from app_user where id = ?", saved.getId());
        });
        return saved;
    }

    private EntryFixture entries() {
        return new EntryFixture(actors, offerings, jdbc, cleanUps::push);
    }

    private LocalDate assuredDate(Offering service) {
        return jdbc.queryForObject("select assured_date from offering where id = ?", LocalDate.class, service.getId());
    }

    /** The token of the re-assure link under the entry's line. */
    private String reassureToken(String mail, String entryName) {
        Matcher link = REASSURE_LINK.matcher(mail);
        assertThat(link.find(mail.indexOf(entryName))).as("a link under " + entryName).isTrue();
        return link.group(1);
    }

    /** The token with one character of its signed part changed. */
    private static String tampered(String token) {
        char[] characters = token.toCharArray();
        characters[10] = characters[10] == 'A' ? 'B' : 'A';
        return new String(characters);
    }

    private static List<String> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> sentTo(mail, address)).map(RemindersTest::text).toList();
    }

    private static String onlyMailTo(String address) {
        List<String> mails = mailTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.getFirst();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            // SMTP ends lines with CR LF.
            return (mail.getSubject() + "\n" + mail.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
