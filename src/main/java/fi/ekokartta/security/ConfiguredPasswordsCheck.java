package fi.ekokartta.security;

import fi.ekokartta.base.config.EkokarttaProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Stops the start when the configured password of the first administrator or of the demo
 * accounts breaks the {@link PasswordPolicy}: such an account would otherwise be the easiest way
 * in. Checked whether or not the accounts exist yet, so a weak setting is never left in place.
 */
@Component
class ConfiguredPasswordsCheck implements InitializingBean {

    private final EkokarttaProperties properties;
    private final PasswordPolicy policy;

    ConfiguredPasswordsCheck(EkokarttaProperties properties, PasswordPolicy policy) {
        this.properties = properties;
        this.policy = policy;
    }

    @Override
    public void afterPropertiesSet() {
        check("ekokartta.admin-password", "EKOKARTTA_ADMIN_PASSWORD", AdminAccountInitializer.ADMIN_USERNAME,
                properties.adminPassword());
        check("ekokartta.demo-password", "EKOKARTTA_DEMO_PASSWORD", null, properties.demoPassword());
    }

    private void check(String property, String variable, String username, String password) {
        if (password == null || password.isBlank()) {
            return;
        }
        policy.check(username, password).ifPresent(problem ->
                { throw new WeakConfiguredPasswordException(property, variable, problem); });
    }
}
