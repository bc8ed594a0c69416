package fi.ekokartta.security;

import fi.ekokartta.base.config.EkokarttaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes sure a fresh installation can be administered: at start, if there is no user "admin",
 * creates it with the role ADMIN and the password of {@code ekokartta.admin-password}, or with a
 * generated one that is logged once. An existing admin is never touched, so a password changed
 * later survives restarts. Runs first, in a transaction of its own, so that nothing else done at
 * start can roll it back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountInitializer implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final int GENERATED_PASSWORD_BYTES = 18;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final EkokarttaProperties properties;
    private final TransactionTemplate transaction;

    AdminAccountInitializer(AppUserRepository users, PasswordEncoder passwordEncoder,
                            EkokarttaProperties properties, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> createAdminIfMissing());
    }

    private void createAdminIfMissing() {
        if (users.existsByUsername(ADMIN_USERNAME)) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        AppUser admin = new AppUser();
        admin.setUsername(ADMIN_USERNAME);
        admin.setDisplayName("Pääkäyttäjä");
        admin.setRole(UserRole.ADMIN);
        admin.setPasswordHash(passwordEncoder.encode(password));
        users.save(admin);
        if (generated) {
            log.warn("Generated password for {}: {}", ADMIN_USERNAME, password);
        } else {
            log.info("Created the user {} with the configured password", ADMIN_USERNAME);
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[GENERATED_PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
