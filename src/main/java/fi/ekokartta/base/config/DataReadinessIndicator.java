package fi.ekokartta.base.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "ekokarttaData" health: UP only once the seed is loaded (or skipped) and the search index
 * is complete; part of the readiness group, so no traffic is sent to a half-started node.
 */
@Component("ekokarttaData")
class DataReadinessIndicator implements HealthIndicator {

    private final StartupStatus status;

    DataReadinessIndicator(StartupStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder builder = status.isComplete() ? Health.up() : Health.outOfService();
        status.details().forEach(builder::withDetail);
        return builder.build();
    }
}
