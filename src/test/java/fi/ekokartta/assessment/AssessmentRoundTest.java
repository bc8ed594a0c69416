package fi.ekokartta.assessment;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Opening a round by e-mail (GreenMail): every active actor is invited, each of its recipients
 * (the people its reminders go to) gets one mail with a link of her own that opens the form; an
 * actor without recipients is listed as such; a second round for the year is refused; reminders
 * go only to the actors that have not answered; the yearly schedule opens the year only once.
 */
class AssessmentRoundTest extends AbstractMailAppTest {

    private static final Pattern LINK = Pattern.compile("https://ekokartta\\.example/itsearvio/(\\S+)");

    @Autowired
    private AssessmentRounds rounds;
    @Autowired
    private AssessmentForm form;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private final String unique = EntryFixture.unique();
    private final LocalDate today = FinnishDates.today();

    @AfterEach
    void deleteTestData() {
        SecurityContextHolder.clearContext();
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    @Test
    void opening_a_round_mails_each_recipient_a_working_link_and_lists_actors_without_one() throws Exception {
        Actor answering = entries().actor("Vastaava järjestö " + unique);
        Actor unit = entries().actor("Vastaavan yksikkö " + unique, actor -> {
            actor.setParent(answering);
            actor.getResponsibility().setResponsibleActor(actor);
        });
        Actor twoKeepers = entries().actor("Kahden pitäjän järjestö " + unique);
        Actor nobody = entries().actor("Vastaanottajaton järjestö " + unique);
        user("arvio-a-" + unique, UserRole.MAINTAINER, "arvio-a@example.org", answering);
        user("arvio-b-" + unique, UserRole.MAINTAINER, "arvio-b@example.org", twoKeepers);
        user("arvio-c-" + unique, UserRole.MAINTAINER, "arvio-c@example.org", twoKeepers);
        user("arvio-pois-" + unique, UserRole.MAINTAINER, "arvio-pois@example.org", nobody);
        jdbc.update("update app_user set enabled = false where username = ?", "arvio-pois-" + unique);
        int year = year();
        signIn(UserRole.COORDINATOR);

        AssessmentRounds.Sent sent = rounds.open(year, today.plusDays(20));

        assertThat(sent.withoutRecipient()).extracting(name -> name.getFi()).contains("Vastaanottajaton järjestö " + unique)
                .doesNotContain("Vastaava järjestö " + unique);
        assertThat(sent.failed()).isZero();
        List<String> toA = mailTo("arvio-a@example.org");
        assertThat(toA).as("the organization and its unit, one mail each").hasSize(2);
        assertThat(String.join("\n", toA)).contains("Vastaava järjestö " + unique, "Vastaavan yksikkö " + unique,
                "Hei arvio-a-" + unique, FinnishDates.date(today.plusDays(20)));
        assertThat(mailTo("arvio-b@example.org")).hasSize(1);
        assertThat(mailTo("arvio-c@example.org")).hasSize(1);
        assertThat(mailTo("arvio-pois@example.org")).isEmpty();
        String mail = mailTo("arvio-b@example.org").getFirst();
        FormCheck check = form.check(token(mail));
        assertThat(check.status()).isEqualTo(FormCheck.Status.VALID);
        assertThat(check.actorName().getFi()).isEqualTo("Kahden pitäjän järjestö " + unique);
        assertThat(check.year()).isEqualTo(year);
        assertThat(subjects("arvio-b@example.org")).containsExactly("Toimijoiden itsearviointi " + year
                + ": Kahden pitäjän järjestö " + unique);
        AssessmentRounds.Overview overview = rounds.overviews().stream().filter(o -> o.year() == year).findFirst().orElseThrow();
        assertThat(overview.invitations()).filteredOn(row -> row.actorName().getFi().equals("Vastaanottajaton järjestö " + unique))
                .singleElement().satisfies(row -> assertThat(row.recipients()).isZero());
        assertThat(overview.answered()).isZero();

        RejectedInputException again = assertThrows(RejectedInputException.class, () -> rounds.open(year, today.plusDays(20)));
        assertThat(again.getMessageKey()).isEqualTo("assessment.error.round-exists");
        assertThat(jdbc.queryForObject("select count(*) from assessment_round where round_year = ?", Long.class, year)).isOne();
    }

    @Test
    void reminders_go_only_to_the_actors_that_have_not_answered() throws Exception {
        Actor answered = entries().actor("Vastannut järjestö " + unique);
        Actor silent = entries().actor("Hiljainen järjestö " + unique);
        user("muistu-a-" + unique, UserRole.MAINTAINER, "muistu-a@example.org", answered);
        user("muistu-b-" + unique, UserRole.MAINTAINER, "muistu-b@example.org", silent);
        int year = year();
        signIn(UserRole.COORDINATOR);
        rounds.open(year, today.plusDays(20));
        String token = token(mailTo("muistu-a@example.org").getFirst());
        Submission submission = Submission.empty();
        form.check(token).questions().stream().filter(question -> question.kind() == QuestionKind.SCALE)
                .forEach(question -> submission.scores().put(question.questionId(), 4));
        assertThat(form.submit(token, submission).status()).isEqualTo(FormCheck.Status.SUBMITTED);

        AssessmentRounds.Overview overview = rounds.overviews().stream().filter(o -> o.year() == year).findFirst().orElseThrow();
        rounds.remind(overview.roundId());

        assertThat(mailTo("muistu-a@example.org")).as("answered: no reminder").hasSize(1);
        List<String> toSilent = mailTo("muistu-b@example.org");
        assertThat(toSilent).hasSize(2);
        assertThat(subjects("muistu-b@example.org")).contains("Muistutus: toimijoiden itsearviointi " + year
                + ": Hiljainen järjestö " + unique);
        assertThat(form.check(token(toSilent.get(1))).status()).isEqualTo(FormCheck.Status.VALID);
    }

    @Test
    void only_coordinators_open_rounds_and_the_yearly_schedule_opens_the_year_once() {
        int year = year();
        signIn(UserRole.MAINTAINER);
        assertThrows(AccessDeniedException.class, () -> rounds.open(year, today.plusDays(5)));
        SecurityContextHolder.clearContext();
        assertThrows(AccessDeniedException.class, () -> rounds.open(year, today.plusDays(5)));
        assertThat(jdbc.queryForObject("select count(*) from assessment_round where round_year = ?", Long.class, year)).isZero();

        LocalDate dayInYear = LocalDate.of(year, 3, 1);
        cleanUps.push(() -> jdbc.update("delete from assessment_round where round_year = ?", year));
        assertThat(rounds.openScheduled(dayInYear)).isPresent();
        assertThat(rounds.openScheduled(dayInYear)).as("already open").isEmpty();
        assertThat(jdbc.queryForObject("select opened_by from assessment_round where round_year = ?", String.class, year))
                .isEqualTo("ajastettu");
    }

    private int year() {
        int year = AssessmentFixture.freeYear();
        cleanUps.push(() -> jdbc.update("delete from assessment_round where round_year = ?", year));
        return year;
    }

    private static void signIn(UserRole role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User("testi-" + role.name().toLowerCase(), "", authorities), null, authorities));
    }

    private static String token(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("a link in " + mail).isTrue();
        return link.group(1);
    }

    private List<String> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> sentTo(message, address))
                .map(AssessmentRoundTest::body).toList();
    }

    private List<String> subjects(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> sentTo(message, address)).map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
}
