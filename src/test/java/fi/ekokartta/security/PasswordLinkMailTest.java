package fi.ekokartta.security;

import fi.ekokartta.AbstractMailAppTest;
import fi.ekokartta.base.domain.RejectedInputException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new user's password link by e-mail, through an SMTP server in the test (GreenMail). An
 * application of its own (empty database, no seed), since e-mail is switched on at start.
 */
class PasswordLinkMailTest extends AbstractMailAppTest {

    private static final Pattern LINK = Pattern.compile("https://ekokartta\\.example/salasana/([A-Za-z0-9_-]+)");

    @Autowired
    private UserAdministration administration;
    @Autowired
    private Passwords passwords;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_user_gets_an_e_mail_whose_link_sets_her_password_once() throws Exception {
        actAsAdmin();

        Passwords.LinkDelivery delivery = administration.create(form("postin-saaja", "saaja@example.org"));

        assertThat(delivery.emailed()).isTrue();
        assertThat(delivery.link()).isNull();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("saaja@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ekokartta@ekokartta.example");
        assertThat(mail.getSubject()).isEqualTo("Ekokartta: aseta salasanasi");
        String body = (String) mail.getContent();
        assertThat(body).contains("Hei Postin Saaja", "käyttäjätunnus postin-saaja", "vanhenee 72 tunnin kuluttua",
                "Hej Postin Saaja", "Hello Postin Saaja");
        String token = token(body);

        passwords.setWithLink(token, "kolme-iloista-kärppää");

        AppUser user = users.findByUsername("postin-saaja").orElseThrow();
        assertThat(encoder.matches("kolme-iloista-kärppää", user.getPasswordHash())).isTrue();
        assertThatThrownBy(() -> passwords.setWithLink(token, "toinen-pitkä-salasana"))
                .isInstanceOf(RejectedInputException.class).hasMessage("password-link.invalid");
        assertThat(jdbc.queryForObject("select count(*) from password_link where token_hash like ?", Long.class,
                "%" + token + "%")).isZero();
    }

    @Test
    void an_expired_link_does_not_set_the_password() throws Exception {
        actAsAdmin();
        administration.create(form("myohassa", "myohassa@example.org"));
        String token = token((String) SMTP.getReceivedMessages()[0].getContent());

        jdbc.update("update password_link set expires_at = now() - interval '1 minute'"
                + " where app_user_id = (select id from app_user where username = 'myohassa')");

        assertThat(passwords.usernameForLink(token)).isEmpty();
        assertThatThrownBy(() -> passwords.setWithLink(token, "kolme-iloista-kärppää"))
                .isInstanceOf(RejectedInputException.class).hasMessage("password-link.invalid");
    }

    @Test
    void without_an_e_mail_address_the_link_is_given_to_the_admin() {
        actAsAdmin();

        Passwords.LinkDelivery delivery = administration.create(form("ilman-postia", ""));

        assertThat(delivery.emailed()).isFalse();
        assertThat(delivery.link()).startsWith("https://ekokartta.example/salasana/");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private static UserAdministration.UserForm form(String username, String email) {
        String name = username.equals("postin-saaja") ? "Postin Saaja" : null;
        return new UserAdministration.UserForm(username, name, email, UserRole.COUNSELLOR, Set.of());
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the link in " + body).isTrue();
        return link.group(1);
    }

    private static void actAsAdmin() {
        List<SimpleGrantedAuthority> admin = List.of(new SimpleGrantedAuthority(UserRole.ADMIN.authority()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, admin));
    }
}
