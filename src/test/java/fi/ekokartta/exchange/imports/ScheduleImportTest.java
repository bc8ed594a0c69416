package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.ImportServiceTest.organization;
import static fi.ekokartta.exchange.imports.ImportServiceTest.source;
import static org.assertj.core.api.Assertions.assertThat;

/** An HSDS schedule is kept in full: its period and RFC 5545 recurrence, or the import names what is wrong. */
class ScheduleImportTest extends AbstractIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID org = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final UUID monthly = UUID.randomUUID();

    private ImportReport apply(String schedule) {
        String services = """
                [{"id": "%s", "name": "Vertaisryhmä", "status": "active", "organization_id": "%s",
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Olohuone", "addresses": [{"id": "%s", "address_1": "Torikatu 3", "city": "Ylivieska",
                      "postal_code": "84100", "state_province": "", "country": "FI", "address_type": "physical"}],
                    "schedules": [%s]}}]}]
                """.formatted(service, org, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), schedule);
        return imports.apply(source("organizations.json", "[" + organization(org, "Vertaiset ry") + "]",
                "services.json", services));
    }

    @Test
    void a_monthly_schedule_with_its_period_link_and_notes_is_stored_in_full_and_none_of_it_is_dropped() {
        ImportReport report = apply("""
                {"id": "%s", "freq": "MONTHLY", "interval": 2, "byday": "1mo,-1FR", "bymonthday": "1,15,-1",
                 "byweekno": "2,3", "byyearday": "100", "count": 6, "until": "2027-12-31", "dtstart": "2027-01-04",
                 "wkst": "MO", "timezone": 2, "valid_from": "2027-01-01", "valid_to": "2027-05-31",
                 "opens_at": "17:00", "closes_at": "19:00", "description": "Iltaryhmä",
                 "schedule_link": "https://ajanvaraus.example.fi", "attending_type": "Paikan päällä",
                 "notes": "Ilmoittaudu edellisenä päivänä"}
                """.formatted(monthly));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).filteredOn(r -> service.equals(r.id())).singleElement()
                .satisfies(row -> assertThat(row.dropped()).noneMatch(path -> path.contains("schedules")));
        Map<String, Object> stored = jdbc.queryForMap("select * from opening_hours where id = ?", monthly);
        assertThat(stored).containsEntry("frequency", "MONTHLY").containsEntry("repeat_interval", 2)
                .containsEntry("weekdays", "1MO,-1FR").containsEntry("month_days", "1,15,-1")
                .containsEntry("week_numbers", "2,3").containsEntry("year_days", "100").containsEntry("repeat_count", 6)
                .containsEntry("last_date", Date.valueOf("2027-12-31")).containsEntry("first_date", Date.valueOf("2027-01-04"))
                .containsEntry("week_start", "MO").containsEntry("valid_from", Date.valueOf("2027-01-01"))
                .containsEntry("valid_to", Date.valueOf("2027-05-31")).containsEntry("note", "Iltaryhmä")
                .containsEntry("schedule_link", "https://ajanvaraus.example.fi")
                .containsEntry("attending_type", "Paikan päällä").containsEntry("notes", "Ilmoittaudu edellisenä päivänä")
                .containsEntry("exception_date", null);

        assertThat(apply("""
                {"id": "%s", "freq": "MONTHLY", "interval": 2, "byday": "1mo,-1FR", "bymonthday": "1,15,-1",
                 "byweekno": "2,3", "byyearday": "100", "count": 6, "until": "2027-12-31", "dtstart": "2027-01-04",
                 "wkst": "MO", "timezone": 3, "valid_from": "2027-01-01", "valid_to": "2027-05-31",
                 "opens_at": "17:00", "closes_at": "19:00", "description": "Iltaryhmä",
                 "schedule_link": "https://ajanvaraus.example.fi", "attending_type": "Paikan päällä",
                 "notes": "Ilmoittaudu edellisenä päivänä"}
                """.formatted(monthly)).rows()).as("summer time says the same").extracting(ImportRow::outcome)
                .containsOnly(ImportOutcome.UNCHANGED);
    }

    @Test
    void a_schedule_without_frequency_valid_on_one_date_is_the_hours_of_that_date_and_a_plain_one_is_weekly() {
        UUID weekly = UUID.randomUUID();
        ImportReport report = apply("""
                {"id": "%s", "valid_from": "2027-12-24", "valid_to": "2027-12-24", "description": "Jouluaatto"},
                {"id": "%s", "byday": "MO,TU", "opens_at": "09:00", "closes_at": "15:00"}
                """.formatted(monthly, weekly));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(jdbc.queryForMap("select exception_date, frequency, valid_from from opening_hours where id = ?", monthly))
                .containsEntry("exception_date", Date.valueOf("2027-12-24")).containsEntry("frequency", null)
                .containsEntry("valid_from", null);
        assertThat(jdbc.queryForObject("select frequency from opening_hours where id = ?", String.class, weekly))
                .isEqualTo("WEEKLY");
    }

    @Test
    void a_wrong_recurrence_rejects_the_import_naming_each_field_in_the_readers_language() {
        ImportReport report = apply("""
                {"id": "%s", "freq": "YEARLY", "interval": 0, "bymonthday": "1,32", "byweekno": "x", "wkst": "XX",
                 "byday": "MO,FUN", "until": "ensi vuonna", "valid_from": "2027-06-01", "valid_to": "2027-05-31",
                 "timezone": -5, "schedule_link": "javascript:alert(1)"}
                """.formatted(monthly));

        assertThat(report.rejected()).isTrue();
        List<ImportProblem> problems = report.rows().stream().filter(r -> service.equals(r.id())).findFirst().orElseThrow()
                .reasons();
        assertThat(problems).extracting(ImportProblem::field).containsExactlyInAnyOrder("freq", "interval", "bymonthday",
                "byweekno", "wkst", "byday", "until", "valid_to", "schedule_link");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.key()).startsWith("import.problem."));
        assertThat(problems).filteredOn(p -> p.field().equals("bymonthday")).singleElement().satisfies(p -> {
            assertThat(p.message(Locale.of("fi"))).isEqualTo("'1,32' ei ole luettelo kokonaisluvuista 1–31 (lopusta laskien miinusmerkillä, esim. -1)");
            assertThat(p.message(Locale.of("sv"))).startsWith("'1,32' är inte en lista över heltal 1–31");
        });
        assertThat(problems).filteredOn(p -> p.field().equals("freq")).singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).isEqualTo("'YEARLY' is not one of weekly, monthly"));
        assertThat(problems).filteredOn(p -> p.field().equals("valid_to")).singleElement()
                .satisfies(p -> assertThat(p.message(Locale.of("fi"))).isEqualTo("voimassaolo päättyy (2027-05-31) ennen kuin alkaa (2027-06-01)"));
        assertThat(report.warnings()).filteredOn(w -> w.key().equals("import.warning.schedule-timezone")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from offering where id = ?", Integer.class, service)).isZero();
    }
}
