package fi.ekokartta.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTest extends AbstractAppTest {

    private static final String USERNAME = "salasanan-vaihtaja";
    private static final String OLD_PASSWORD = "vanha-hyvä-salasana";
    private static final String NEW_PASSWORD = "uusi-vielä-parempi";

    @Autowired
    private AppUserRepository users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void createUser() {
        AppUser user = new AppUser();
        user.setUsername(USERNAME);
        user.setRole(UserRole.COUNSELLOR);
        user.setPasswordHash(encoder.encode(OLD_PASSWORD));
        users.save(user);
        deleteAfterTest(() -> jdbc.update("delete from app_user where username = ?", USERNAME));
        login(USERNAME, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("hallinta/salasana");
    }

    @Test
    void a_signed_in_user_changes_her_password_with_the_current_one() {
        _get(H1.class, spec -> spec.withText("Vaihda salasana"));

        fill(OLD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        _get(Paragraph.class, spec -> spec.withText("Salasana on vaihdettu."));
        assertThat(encoder.matches(NEW_PASSWORD, users.findByUsername(USERNAME).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void a_wrong_current_password_changes_nothing() {
        fill("väärä-nykyinen-salasana", NEW_PASSWORD, NEW_PASSWORD);

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Nykyinen salasana"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Nykyinen salasana ei ole oikein.");
        assertThat(encoder.matches(OLD_PASSWORD, users.findByUsername(USERNAME).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void a_short_or_mistyped_new_password_is_refused_with_the_reason() {
        fill(OLD_PASSWORD, "lyhyt", "lyhyt");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana")).getErrorMessage())
                .startsWith("Salasanassa on oltava vähintään 12 merkkiä");

        fill(OLD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana uudelleen")).getErrorMessage())
                .isEqualTo("Salasanat eivät ole samat.");
        assertThat(encoder.matches(OLD_PASSWORD, users.findByUsername(USERNAME).orElseThrow().getPasswordHash())).isTrue();
    }

    private static void fill(String current, String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nykyinen salasana")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana uudelleen")), repeat);
        _click(_get(Button.class, spec -> spec.withText("Vaihda salasana")));
    }
}
