package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.search.ServiceCard;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly end of validity: warnings by e-mail (GreenMail as the SMTP server) 30 and 7 days
 * before, each once, and the archiving of ended services, which leave the search and the public
 * card. An application of its own (empty database, no seed), since e-mail is switched on at start.
 */
class ValidityEndTest extends AbstractMailAppTest {

    @Autowired
    private ValidityEnd validityEnd;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private ServicePageService servicePages;
    @Autowired
    private ServiceSearch search;
    @Autowired
    private JdbcTemplate jdbc;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private final LocalDate today = FinnishDates.today();

    @AfterEach
    void deleteTestData() {
        jdbc.update("delete from validity_warning");
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    @Test
    void the_responsible_person_is_warned_30_and_7_days_before_the_end_once_each_and_again_for_a_new_end() throws Exception {
        Actor provider = entries().actor("Hanketoimija " + EntryFixture.unique());
        Offering service = published("Kesätyöpaja", provider, today.plusDays(30),
                offering -> offering.getResponsibility().setResponsibleEmail("vastuu@example.org"));

        assertThat(validityEnd.run(today).warned()).isEqualTo(1);

        MimeMessage mail = onlyMail();
        assertThat(recipients(mail)).containsExactly("vastuu@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ekokartta@ekokartta.example");
        String end = FinnishDates.date(today.plusDays(30));
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: palvelun Kesätyöpaja voimassaolo päättyy " + end);
        assertThat((String) mail.getContent()).contains("palvelun Kesätyöpaja (" + provider.getName().getFi() + ")",
                "päättyy Ekokartassa " + end + ", 30 päivän kuluttua", "arkistoidaan automaattisesti",
                "https://ekokartta.example/palvelu/" + service.getId());

        assertThat(validityEnd.run(today).warned()).as("the same day again").isZero();
        assertThat(validityEnd.run(today.plusDays(10)).warned()).as("20 days before: the 30-day warning was sent").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        assertThat(validityEnd.run(today.plusDays(23)).warned()).isEqualTo(1);
        assertThat((String) SMTP.getReceivedMessages()[1].getContent()).contains("7 päivän kuluttua");
        assertThat(validityEnd.run(today.plusDays(23)).warned()).isZero();
        assertThat(validityEnd.run(today.plusDays(25)).warned()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);

        Offering extended = offerings.findById(service.getId()).orElseThrow();
        extended.setValidTo(today.plusDays(60));
        offerings.save(extended);
        assertThat(validityEnd.run(today.plusDays(25)).warned()).as("35 days before the new end").isZero();
        assertThat(validityEnd.run(today.plusDays(30)).warned()).as("30 days before the new end").isEqualTo(1);
        assertThat((String) SMTP.getReceivedMessages()[2].getContent()).contains(FinnishDates.date(today.plusDays(60)));
    }

    @Test
    void a_service_ending_within_a_week_gets_only_the_7_day_warning() throws Exception {
        Actor provider = entries().actor("Toimija " + EntryFixture.unique());
        published("Lyhyt hanke", provider, today.plusDays(5),
                offering -> offering.getResponsibility().setResponsibleEmail("lyhyt@example.org"));

        assertThat(validityEnd.run(today).warned()).isEqualTo(1);
        assertThat((String) onlyMail().getContent()).contains("5 päivän kuluttua");
        assertThat(validityEnd.run(today.plusDays(1)).warned()).isZero();
    }

    @Test
    void without_a_responsible_address_the_active_maintainers_of_the_organization_and_those_above_it_are_warned() throws Exception {
        String unique = EntryFixture.unique();
        Actor city = entries().actor("Kaupunki " + unique);
        Actor unit = entries().actor("Työllisyyspalvelut " + unique);
        unit.setParent(city);
        unit = actors.save(unit);
        Actor other = entries().actor("Muu " + unique);
        user("yksikko-" + unique, UserRole.MAINTAINER, "yksikko@example.org", true, unit);
        user("kaupunki-" + unique, UserRole.MAINTAINER, "kaupunki@example.org", true, city);
        user("poistettu-" + unique, UserRole.MAINTAINER, "poistettu@example.org", false, unit);
        user("ohjaaja-" + unique, UserRole.COUNSELLOR, "ohjaaja@example.org", true, unit);
        user("muu-" + unique, UserRole.MAINTAINER, "muu@example.org", true, other);
        published("Yksikön palvelu", unit, today.plusDays(7), offering -> offering.getResponsibility().setResponsibleEmail(null));

        assertThat(validityEnd.run(today).warned()).isEqualTo(1);

        // One message to both; GreenMail keeps a copy per recipient.
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(recipients(SMTP.getReceivedMessages()[0])).containsExactlyInAnyOrder("yksikko@example.org", "kaupunki@example.org");
        assertThat(validityEnd.run(today).warned()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void an_address_the_mail_refuses_does_not_stop_the_others_and_is_tried_again() {
        Actor provider = entries().actor("Toimija " + EntryFixture.unique());
        published("Rikkinäinen osoite", provider, today.plusDays(20),
                offering -> offering.getResponsibility().setResponsibleEmail("rikki@@example..org"));
        published("Ehjä osoite", provider, today.plusDays(20),
                offering -> offering.getResponsibility().setResponsibleEmail("ehja@example.org"));

        ValidityEnd.Outcome first = validityEnd.run(today);

        assertThat(first.warned()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from validity_warning", Long.class)).isEqualTo(1);
        ValidityEnd.Outcome second = validityEnd.run(today);
        assertThat(second.warned()).isZero();
        assertThat(second.failed()).as("the refused one is tried again").isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_service_whose_validity_ended_is_archived_by_the_system_and_leaves_the_search_and_its_card() {
        Actor provider = entries().actor("Toimija " + EntryFixture.unique());
        String word = letters();
        Offering ended = published("Päättynyt " + word, provider, today.minusDays(1), offering -> { });
        Offering lastDay = published("Viimeinen päivä " + word, provider, today, offering -> { });
        Offering draft = entries().offering("Luonnos " + word, provider, OfferingStatus.DRAFT,
                offering -> offering.setValidTo(today.minusDays(3)));
        waitUntilFound(word, ended.getId());
        assertThat(servicePages.find(ended.getId())).isPresent();

        ValidityEnd.Outcome outcome = validityEnd.run(today);

        assertThat(outcome.archived()).isEqualTo(1);
        assertThat(offerings.findById(ended.getId()).orElseThrow().getStatus()).isEqualTo(OfferingStatus.ARCHIVED);
        assertThat(offerings.findById(lastDay.getId()).orElseThrow().getStatus()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(offerings.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(OfferingStatus.DRAFT);
        assertThat(servicePages.find(ended.getId())).isEmpty();
        long archivedAt = System.currentTimeMillis();
        while (found(word).contains(ended.getId()) && System.currentTimeMillis() - archivedAt < 2000) {
            Thread.onSpinWait();
        }
        assertThat(found(word)).doesNotContain(ended.getId()).contains(lastDay.getId());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SERVICE_EXPIRED_ARCHIVED'"
                + " and username = 'system' and subject = ?", Long.class, "/palvelu/" + ended.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select r.username from offering_aud a join audit_revision r on r.id = a.rev
                where a.id = ? and a.status = 'ARCHIVED'""", String.class, ended.getId())).isEqualTo("system");

        assertThat(validityEnd.run(today).archived()).as("a second run").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ?", Long.class,
                "/palvelu/" + ended.getId())).isEqualTo(1);
    }

    private Offering published(String name, Actor provider, LocalDate validTo, Consumer<Offering> details) {
        return entries().offering(name, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.setName(LocalizedText.of(name));
            offering.setValidTo(validTo);
            details.accept(offering);
        });
    }

    private void user(String username, UserRole role, String email, boolean enabled, Actor organization) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash("{noop}ei-kaytossa");
        user.setRole(role);
        user.setEmail(email);
        user.setEnabled(enabled);
        user.getOrganizations().add(organization);
        UUID id = users.save(user).getId();
        cleanUps.push(() -> {
            jdbc.update("delete from app_user_organization where app_user_id = ?", id);
            jdbc.update("delete from app_user where id = ?", id);
        });
    }

    private EntryFixture entries() {
        return new EntryFixture(actors, offerings, jdbc, cleanUps::push);
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        return SMTP.getReceivedMessages()[0];
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
    }

    private List<UUID> found(String word) {
        return search.search(ServiceQuery.of(word)).cards().stream().map(ServiceCard::id).toList();
    }

    private void waitUntilFound(String word, UUID id) {
        long start = System.currentTimeMillis();
        while (!found(word).contains(id) && System.currentTimeMillis() - start < 2000) {
            Thread.onSpinWait();
        }
        assertThat(found(word)).contains(id);
    }

    /** A word of letters only that no other service has, so the analyzers keep it whole. */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
