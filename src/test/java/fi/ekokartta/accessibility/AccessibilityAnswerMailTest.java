package fi.ekokartta.accessibility;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.web.RateLimits;
import fi.ekokartta.security.UserRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answer to accessibility feedback e-mailed to a sender who left her address (GreenMail as the
 * SMTP server): once, in her language, with her message and the supervisory authority; the time it
 * was sent is kept. Feedback without an address is answered on record only.
 */
class AccessibilityAnswerMailTest extends AbstractMailAppTest {

    @Autowired
    private AccessibilityFeedbackService feedback;
    @Autowired
    private RateLimits rateLimits;
    @Autowired
    private JdbcTemplate jdbc;

    private final String unique = EntryFixture.unique();

    @BeforeEach
    void freshClient() {
        rateLimits.forgetAll();
    }

    @AfterEach
    void deleteTestData() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from accessibility_feedback where message like ?", "%" + unique + "%");
    }

    @Test
    void the_recorded_answer_is_mailed_to_the_sender_once_and_its_sending_is_kept() throws Exception {
        feedback.send("/palvelut", "Painikkeen kontrasti on heikko " + unique, "palautteen.antaja@example.org", Language.FI);
        UUID id = idOf("Painikkeen kontrasti on heikko " + unique);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);

        assertThat(feedback.answer(id, "Korjasimme kontrastin. Kiitos!")).isTrue();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("palautteen.antaja@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ekokartta@ekokartta.example");
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: vastaus saavutettavuuspalautteeseesi");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).contains(
                "kiitos saavutettavuuspalautteestasi, jonka lähetit Ekokarttaan " + FinnishDates.date(FinnishDates.today()),
                "Vastauksemme:\nKorjasimme kontrastin. Kiitos!",
                "Palautteesi:\nPainikkeen kontrasti on heikko " + unique,
                "valvontaviranomaiselle (Lupa- ja valvontavirasto): https://www.saavutettavuusvaatimukset.fi/");
        assertThat(jdbc.queryForObject("select answer_sent_at is not null from accessibility_feedback where id = ?",
                Boolean.class, id)).isTrue();

        // A message is answered once, so it is mailed once.
        assertThatThrownBy(() -> feedback.answer(id, "Toinen vastaus."))
                .isInstanceOf(RejectedInputException.class).hasMessage("a11y-answer.error.already-answered");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void feedback_in_swedish_is_answered_in_swedish_and_one_without_an_address_is_not_mailed() throws Exception {
        feedback.send(null, "Länken syns inte " + unique, "avsandare@example.org", Language.SV);
        feedback.send(null, "Ei osoitetta " + unique, null, Language.FI);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);

        UUID anonymous = idOf("Ei osoitetta " + unique);
        assertThat(feedback.answer(anonymous, "Kiitos, korjattu.")).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select answer_sent_at is null and answered_at is not null from accessibility_feedback"
                + " where id = ?", Boolean.class, anonymous)).isTrue();

        assertThat(feedback.answer(idOf("Länken syns inte " + unique), "Tack, vi har rättat det.")).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: svar på din respons om tillgänglighet");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).contains("Vårt svar:\nTack, vi har rättat det.",
                "Din respons:\nLänken syns inte " + unique, "tillsynsmyndigheten (Tillstånds- och tillsynsverket)");
    }

    private UUID idOf(String message) {
        return jdbc.queryForObject("select id from accessibility_feedback where message = ?", UUID.class, message);
    }

    private static void signIn(String username, UserRole role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
    }
}
