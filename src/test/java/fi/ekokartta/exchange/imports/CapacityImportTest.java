package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.ImportServiceTest.organization;
import static fi.ekokartta.exchange.imports.ImportServiceTest.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** HSDS 3.1 capacities of a service become its capacity figures, or are reported as dropped. */
class CapacityImportTest extends AbstractIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID org = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final UUID places = UUID.randomUUID();
    private final UUID queue = UUID.randomUUID();
    private final UUID beds = UUID.randomUUID();

    private String services(String serviceDescription, String updated) {
        return """
                [{"id": "%s", "name": "Kapasiteettipalvelu", "status": "active", "organization_id": "%s",
                  "description": "%s",
                  "capacities": [
                    {"id": "%s", "service_id": "%s", "unit": {"id": "%s", "name": "Lediga platser"}, "available": 4,
                     "maximum": 12, "description": "Syksyn ryhmä", "updated": "%s"},
                    {"id": "%s", "unit": {"id": "%s", "name": "weeks", "scheme": "x", "identifier": "QUEUE_WEEKS"},
                     "available": 6, "updated": "2026-11-20T12:00:00Z"},
                    {"id": "%s", "unit": {"id": "%s", "name": "Kilogram", "scheme": "SI", "identifier": "kgm"},
                     "available": 12, "maximum": 10, "updated": "2024-09-25T14:23:06.5+01:00"}]}]
                """.formatted(service, org, serviceDescription, places, service, UUID.randomUUID(), updated, queue,
                UUID.randomUUID(), beds, UUID.randomUUID());
    }

    private ImportReport apply(String services) {
        return imports.apply(source("organizations.json", "[" + organization(org, "Kapasiteettitoimija ry") + "]",
                "services.json", services));
    }

    @Test
    void known_units_are_stored_with_the_sources_update_moment_and_an_unknown_unit_is_dropped_with_a_warning() {
        ImportReport report = apply(services("Palvelu", "2026-11-02T10:30:00+02:00"));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        ImportRow row = report.rows().stream().filter(r -> service.equals(r.id())).findFirst().orElseThrow();
        assertThat(row.dropped()).containsExactlyInAnyOrder("capacities[2].id", "capacities[2].unit.id",
                "capacities[2].unit.name", "capacities[2].unit.scheme", "capacities[2].unit.identifier",
                "capacities[2].available", "capacities[2].maximum", "capacities[2].updated");
        assertThat(report.warnings()).filteredOn(w -> w.key().equals("import.warning.unknown-capacity-unit"))
                .singleElement().satisfies(w -> {
                    assertThat(w.field()).isEqualTo("unit");
                    assertThat(w.message(Locale.ENGLISH)).contains("Kilogram (kgm)");
                });
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select id, unit, available, maximum, description_fi, updated from service_capacity where offering_id = ? "
                        + "order by position", service);
        assertThat(stored).extracting(r -> r.get("id"), r -> r.get("unit"), r -> r.get("available"), r -> r.get("maximum"),
                r -> r.get("description_fi")).containsExactly(
                tuple(places, "PLACES", 4, 12, "Syksyn ryhmä"),
                tuple(queue, "QUEUE_WEEKS", 6, null, null));
        assertThat(((Timestamp) stored.getFirst().get("updated")).toInstant()).hasToString("2026-11-02T08:30:00Z");
    }

    @Test
    void a_reimport_leaves_unchanged_figures_alone_and_a_changed_service_keeps_its_figures_ids() {
        apply(services("Palvelu", "2026-11-02T10:30:00+02:00"));
        Long version = jdbc.queryForObject("select version from service_capacity where id = ?", Long.class, places);

        ImportReport again = apply(services("Palvelu", "2026-11-02T10:30:00+02:00"));
        assertThat(again.rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.UNCHANGED);

        ImportReport changed = apply(services("Palvelu, uusi kuvaus", "2026-11-02T10:30:00+02:00"));
        assertThat(changed.rows()).filteredOn(r -> service.equals(r.id())).extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.UPDATED);
        assertThat(jdbc.queryForObject("select version from service_capacity where id = ?", Long.class, places))
                .as("the unchanged figure is not rewritten").isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from service_capacity where offering_id = ?", Integer.class, service))
                .isEqualTo(2);

        ImportReport newer = apply(services("Palvelu, uusi kuvaus", "2026-11-30T09:00:00Z"));
        assertThat(newer.rows()).filteredOn(r -> service.equals(r.id())).extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.UPDATED);
        assertThat(jdbc.queryForObject("select updated from service_capacity where id = ?", Timestamp.class, places)
                .toInstant()).hasToString("2026-11-30T09:00:00Z");
    }

    @Test
    void a_figure_without_a_readable_update_moment_rejects_the_import_and_stores_nothing() {
        ImportReport report = apply(services("Palvelu", "eilen"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.rows()).filteredOn(r -> r.outcome() == ImportOutcome.REJECTED).singleElement()
                .satisfies(r -> assertThat(r.reasons()).extracting(ImportProblem::field).contains("updated"));
        assertThat(jdbc.queryForObject("select count(*) from offering where id = ?", Integer.class, service)).isZero();
    }
}
