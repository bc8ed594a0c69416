package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.ImportServiceTest.source;
import static org.assertj.core.api.Assertions.assertThat;

/** An organization's further websites and identifiers are stored, and a re-import compares them by content. */
class OrganizationDetailsImportTest extends AbstractIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID org = UUID.randomUUID();
    private final UUID site = UUID.randomUUID();
    private final UUID register = UUID.randomUUID();

    private ImportReport apply(String label) {
        String organization = """
                [{"id": "%s", "name": "Tallennettu yhdistys ry", "description": "Yhdistys",
                  "additional_websites": [{"id": "%s", "label": "%s", "url": "https://yhdistys.example/a"}],
                  "year_incorporated": 1990, "legal_status": "Rekisteröity yhdistys", "funding": [{"source": "STEA"}],
                  "organization_identifiers": [{"id": "%s", "identifier_scheme": "FI-PRH-YR",
                    "identifier_type": "Yhdistysrekisterinumero", "identifier": "123.456"}]}]
                """.formatted(org, site, label, register);
        ImportReport report = imports.apply(source("organizations.json", organization));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        return report;
    }

    @Test
    void details_are_stored_a_same_reimport_changes_nothing_and_a_changed_label_keeps_the_websites_id() {
        apply("Työnantajille");
        assertThat(jdbc.queryForObject("select label from actor_website where id = ?", String.class, site))
                .isEqualTo("Työnantajille");
        assertThat(jdbc.queryForObject("select identifier from actor_identifier where id = ?", String.class, register))
                .isEqualTo("123.456");
        assertThat(jdbc.queryForObject("select year_incorporated from actor where id = ?", Integer.class, org)).isEqualTo(1990);
        Long version = jdbc.queryForObject("select version from actor where id = ?", Long.class, org);

        assertThat(apply("Työnantajille").rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.UNCHANGED);
        assertThat(jdbc.queryForObject("select version from actor where id = ?", Long.class, org)).isEqualTo(version);

        assertThat(apply("Rekrytointi").rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.UPDATED);
        assertThat(jdbc.queryForObject("select label from actor_website where id = ?", String.class, site))
                .isEqualTo("Rekrytointi");
        assertThat(jdbc.queryForObject("select count(*) from actor_website where actor_id = ?", Integer.class, org)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from actor_website_aud where id = ?", Integer.class, site))
                .as("audited").isGreaterThanOrEqualTo(2);
    }
}
