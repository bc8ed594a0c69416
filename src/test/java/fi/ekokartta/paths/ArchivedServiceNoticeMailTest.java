package fi.ekokartta.paths;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.ValidityEnd;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archived service leaves the published paths, and whoever keeps it current is told once, in
 * one message naming every such path (GreenMail as the SMTP server).
 */
class ArchivedServiceNoticeMailTest extends AbstractMailAppTest {

    @Autowired
    private ValidityEnd validityEnd;
    @Autowired
    private OfferingEditing offeringEditing;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private ServicePathRepository paths;
    @Autowired
    private ServicePaths servicePaths;
    @Autowired
    private JdbcTemplate jdbc;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private final LocalDate today = FinnishDates.today();

    @AfterEach
    void deleteTestData() {
        SecurityContextHolder.clearContext();
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    @Test
    void a_service_archived_at_the_end_of_its_validity_leaves_its_paths_and_its_responsible_is_told_once() throws Exception {
        String unique = EntryFixture.unique();
        PathFixture fixture = new PathFixture(paths, jdbc, cleanUps::push);
        EntryFixture entries = new EntryFixture(actors, offerings, jdbc, cleanUps::push);
        Actor provider = entries.actor("Polkupostitoimija " + unique);
        Offering other = entries.offering("Pysyvä " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        Offering ending = entries.offering("Päättyvä " + unique, provider, OfferingStatus.PUBLISHED, o -> {
            o.setName(LocalizedText.of("Päättyvä " + unique));
            o.setValidTo(today.minusDays(1));
            o.getResponsibility().setResponsibleEmail("polkuvastuu@example.org");
        });
        ServicePath youth = fixture.published(PathFixture.slug("nuoret-" + unique), "Nuorten polku " + unique, List.of(other, ending));
        ServicePath start = fixture.published(PathFixture.slug("alku-" + unique), "Alkupolku " + unique, List.of(ending));
        ServicePath unrelated = fixture.published(PathFixture.slug("muu-" + unique), "Muu polku " + unique, List.of(other));

        assertThat(validityEnd.run(today).archived()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> notices = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> subject(mail).contains("poistui palvelupoluilta")).toList();
        assertThat(notices).hasSize(1);
        MimeMessage notice = notices.getFirst();
        assertThat(Arrays.stream(notice.getAllRecipients()).map(Address::toString)).containsExactly("polkuvastuu@example.org");
        assertThat(notice.getSubject()).isEqualTo("Ekokartta: arkistoitu palvelu Päättyvä " + unique + " poistui palvelupoluilta");
        assertThat((String) notice.getContent()).contains("Nuorten polku " + unique, "Alkupolku " + unique,
                "https://ekokartta.example/polut/" + youth.getSlug()).doesNotContain("Muu polku");
        assertThat(servicePaths.page(youth.getSlug()).orElseThrow().steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(other.getId());
        assertThat(servicePaths.page(start.getSlug()).orElseThrow().steps()).isEmpty();
        assertThat(servicePaths.page(unrelated.getSlug())).isPresent();
    }

    @Test
    void a_maintainer_archiving_a_service_on_a_path_tells_its_responsible() throws Exception {
        String unique = EntryFixture.unique();
        PathFixture fixture = new PathFixture(paths, jdbc, cleanUps::push);
        EntryFixture entries = new EntryFixture(actors, offerings, jdbc, cleanUps::push);
        Actor provider = entries.actor("Arkistoija " + unique);
        Offering service = entries.offering("Arkistoitava " + unique, provider, OfferingStatus.PUBLISHED,
                o -> o.getResponsibility().setResponsibleEmail("arkisto@example.org"));
        fixture.published(PathFixture.slug("arkisto-" + unique), "Arkistopolku " + unique, List.of(service));
        int before = SMTP.getReceivedMessages().length;
        var authorities = List.of(new SimpleGrantedAuthority(UserRole.COORDINATOR.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User("koordinaattori-arkisto", "", authorities), null, authorities));

        offeringEditing.archive(service.getId(), offerings.findById(service.getId()).orElseThrow().getVersion());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        assertThat(received[before].getSubject()).contains("Arkistoitava " + unique);
        assertThat((String) received[before].getContent()).contains("Arkistopolku " + unique);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
