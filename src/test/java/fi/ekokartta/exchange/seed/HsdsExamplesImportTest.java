package fi.ekokartta.exchange.seed;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Open Referral reference examples load as a dataset of their own (only hsds/, no ecosystem/). */
class HsdsExamplesImportTest extends AbstractIntegrationTest {

    private static final UUID SERVICE = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");
    private static final UUID ORGANIZATION = UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");

    @Autowired
    SeedLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    fi.ekokartta.offering.OfferingRepository offerings;

    @Test
    void the_open_referral_examples_load_with_their_ids_kept() {
        SeedSummary summary = loader.load(Path.of("src/test/resources/hsds-examples"));

        assertThat(summary.services()).isEqualTo(1);
        assertThat(summary.actors()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select provider_id from offering where id = ?", UUID.class, SERVICE))
                .isEqualTo(ORGANIZATION);
        assertThat(jdbc.queryForObject("select status from offering where id = ?", String.class, SERVICE))
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("select type from service_channel where offering_id = ? order by type", String.class, SERVICE))
                .containsExactly("EMAIL", "WEB");
        assertThat(jdbc.queryForObject("select minimum_age from offering where id = ?", Integer.class, SERVICE)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select how_to_get_there_fi from offering where id = ?", String.class, SERVICE))
                .startsWith("If you are an NHS patient");
        assertThat(jdbc.queryForObject("select parent_id from actor where id = ?", UUID.class, ORGANIZATION)).isNull();
    }

    @Test
    void a_new_service_of_an_organization_stored_already_answers_to_the_stored_organization() {
        loader.load(Path.of("src/test/resources/hsds-examples"));
        offerings.deleteById(SERVICE);

        loader.load(Path.of("src/test/resources/hsds-examples"));

        assertThat(jdbc.queryForObject("select responsibility_responsible_actor_id from offering where id = ?", UUID.class,
                SERVICE)).isEqualTo(ORGANIZATION);
    }
}
