package fi.ekokartta.security;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.config.EkokarttaProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerTest extends AbstractIntegrationTest {

    @Autowired
    private AppUserRepository users;
    @Autowired
    private AppUserDetailsService userDetailsService;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private AdminAccountInitializer initializer;

    @Test
    void admin_exists_after_start_and_can_sign_in_with_the_configured_password() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        assertEquals(UserRole.ADMIN, admin.getRole());

        Authentication signedIn = signIn("admin", ADMIN_PASSWORD);

        assertTrue(signedIn.isAuthenticated());
        assertTrue(signedIn.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority())));
    }

    @Test
    void a_second_start_leaves_the_admin_untouched() {
        AppUser before = users.findByUsername("admin").orElseThrow();
        long userCount = users.count();

        initializer.run(new DefaultApplicationArguments());

        AppUser after = users.findByUsername("admin").orElseThrow();
        assertEquals(before.getId(), after.getId());
        assertEquals(before.getPasswordHash(), after.getPasswordHash());
        assertEquals(userCount, users.count());
    }

    @Test
    void without_a_configured_password_a_strong_one_is_generated_and_logged_once(CapturedOutput output) {
        InMemoryUsers emptyDatabase = new InMemoryUsers();
        EkokarttaProperties noPassword = new EkokarttaProperties(Path.of("data"), "none", null, null, null);

        new AdminAccountInitializer(emptyDatabase, passwordEncoder, noPassword, new NoTransactions())
                .run(new DefaultApplicationArguments());

        Matcher logged = Pattern.compile("Generated password for admin: (\\S+)").matcher(output.getOut());
        assertTrue(logged.find());
        String password = logged.group(1);
        assertTrue(password.length() >= 20);
        assertTrue(passwordEncoder.matches(password, emptyDatabase.saved.getFirst().getPasswordHash()));
        assertEquals(1, emptyDatabase.saved.size());
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static final class InMemoryUsers implements AppUserRepository {
        private final List<AppUser> saved = new ArrayList<>();

        @Override
        public Optional<AppUser> findByUsername(String username) {
            return saved.stream().filter(user -> user.getUsername().equals(username)).findFirst();
        }

        @Override
        public boolean existsByUsername(String username) {
            return findByUsername(username).isPresent();
        }

        @Override
        public Optional<AppUser> findById(UUID id) {
            return saved.stream().filter(user -> user.getId().equals(id)).findFirst();
        }

        @Override
        public List<AppUser> findAllByOrderByUsernameAsc() {
            return saved.stream().sorted(Comparator.comparing(AppUser::getUsername)).toList();
        }

        @Override
        public List<AppUser> findAllByOrderByUsernameAsc(Pageable page) {
            return findAllByOrderByUsernameAsc().stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
        }

        @Override
        public AppUser save(AppUser user) {
            saved.add(user);
            return user;
        }

        @Override
        public long count() {
            return saved.size();
        }
    }

    /** The initializer's own transaction is not the point of this test. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return UUID.randomUUID();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
