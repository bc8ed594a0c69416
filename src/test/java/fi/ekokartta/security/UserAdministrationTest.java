package fi.ekokartta.security;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.domain.RejectedInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAdministrationTest extends AbstractIntegrationTest {

    private static final String USERNAME = "hallittava-ohjaaja";
    private static final String PASSWORD = "kolme-iloista-kärppää";

    @Autowired
    private UserAdministration administration;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private ThrottledAuthenticationProvider signIn;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeTestUser() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from app_user where username = ?", USERNAME);
    }

    @Test
    void a_coordinator_is_refused_every_step_whatever_the_ui_shows() {
        actAs("hallinta-koordinaattori", UserRole.COORDINATOR);
        UUID someone = users.findByUsername("admin").orElseThrow().getId();

        assertThatThrownBy(administration::users).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(form(UserRole.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setActive(someone, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.newPasswordLink(someone)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.existsByUsername(USERNAME)).isFalse();
        assertThat(jdbc.queryForObject("select username || ' ' || action || ' ' || subject from audit_event"
                + " order by occurred_at desc limit 1", String.class))
                .isEqualTo("hallinta-koordinaattori ACCESS_DENIED user administration");
    }

    @Test
    void a_deactivated_user_cannot_sign_in_and_a_reactivated_one_can() {
        UUID id = existingUser();
        actAs("admin", UserRole.ADMIN);

        administration.setActive(id, false);
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USERNAME, PASSWORD)))
                .isInstanceOf(DisabledException.class);
        administration.setActive(id, true);

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USERNAME, PASSWORD))
                .isAuthenticated()).isTrue();
        assertThat(administration.users()).anyMatch(row -> row.username().equals(USERNAME) && row.active());
    }

    @Test
    void the_admin_changes_role_and_details_and_the_change_is_logged() {
        UUID id = existingUser();
        actAs("admin", UserRole.ADMIN);

        administration.update(id, new UserAdministration.UserForm(null, "Uusi Nimi", "uusi@example.org",
                UserRole.MAINTAINER, Set.of()));

        AppUser user = users.findById(id).orElseThrow();
        assertThat(user.getRole()).isEqualTo(UserRole.MAINTAINER);
        assertThat(user.getDisplayName()).isEqualTo("Uusi Nimi");
        assertThat(jdbc.queryForObject("select action from audit_event where subject = ? order by occurred_at desc limit 1",
                String.class, USERNAME)).isEqualTo("USER_CHANGED");
    }

    @Test
    void an_admin_cannot_deactivate_herself() {
        UUID admin = users.findByUsername("admin").orElseThrow().getId();
        actAs("admin", UserRole.ADMIN);

        assertThatThrownBy(() -> administration.setActive(admin, false)).isInstanceOf(RejectedInputException.class)
                .hasMessage("users.error.deactivate-self");
        assertThat(users.findById(admin).orElseThrow().isEnabled()).isTrue();
    }

    private UUID existingUser() {
        AppUser user = new AppUser();
        user.setUsername(USERNAME);
        user.setRole(UserRole.COUNSELLOR);
        user.setPasswordHash(encoder.encode(PASSWORD));
        return users.save(user).getId();
    }

    private static UserAdministration.UserForm form(UserRole role) {
        return new UserAdministration.UserForm(USERNAME, null, null, role, Set.of());
    }

    private static void actAs(String username, UserRole role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }
}
