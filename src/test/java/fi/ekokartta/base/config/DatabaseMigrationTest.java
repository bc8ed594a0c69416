package fi.ekokartta.base.config;

import fi.ekokartta.AbstractIntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseMigrationTest extends AbstractIntegrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_migration_is_applied_to_a_real_postgresql() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void the_employment_area_municipalities_are_reference_data() {
        assertThat(jdbc.queryForList("select code from municipality where in_employment_area order by code", String.class))
                .containsExactly("009", "208", "535", "746", "977");
        assertThat(jdbc.queryForObject("select name_sv from municipality where code = '564'", String.class))
                .isEqualTo("Uleåborg");
    }

    @Test
    void history_tables_exist_for_audited_entities() {
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name in ('offering_aud', 'actor_aud', 'audit_revision')",
                Integer.class)).isEqualTo(3);
    }
}
