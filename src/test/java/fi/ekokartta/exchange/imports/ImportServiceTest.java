package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.exchange.ptv.PtvImport;
import fi.ekokartta.exchange.ptv.PtvSamples;
import fi.ekokartta.exchange.ptv.v11.PtvV11Reader;
import fi.ekokartta.offering.OfferingRepository;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan and apply against the database: all or nothing, idempotent by id, versions kept when unchanged. */
class ImportServiceTest extends AbstractIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    ActorRepository actors;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    static ImportSource source(String... nameAndJson) {
        List<ImportSource.Document> documents = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndJson.length; i += 2) {
            documents.add(new ImportSource.Document(nameAndJson[i], nameAndJson[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return ImportSource.of(documents);
    }

    static String organization(UUID id, String name) {
        return """
                {"id": "%s", "name": "%s", "description": "Testitoimija", "phones": [{"id": "%s", "number": "040 123 4567"}]}
                """.formatted(id, name, UUID.randomUUID());
    }

    static String service(UUID id, UUID organization, String name) {
        return """
                {"id": "%s", "name": "%s", "status": "active", "organization_id": "%s", "description": "Testipalvelu",
                 "languages": [{"id": "%s", "name": "suomi", "code": "fi"}],
                 "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                   "name": "Toimipiste", "addresses": [{"id": "%s", "address_1": "Testikatu 1", "city": "Ylivieska",
                   "postal_code": "84100", "country": "FI", "address_type": "physical"}],
                   "schedules": [{"id": "%s", "byday": "MO,TU", "opens_at": "09:00", "closes_at": "15:00"}]}}]}
                """.formatted(id, name, organization, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void all_official_examples_are_stored_together_and_a_second_import_changes_nothing(String version) {
        ImportReport first = imports.apply(ImportSource.fromPath(HsdsExamplesReadingTest.examples(version)));

        assertThat(first.rejected()).as(first.render(Locale.ENGLISH)).isFalse();
        assertThat(first.applied()).isTrue();
        assertThat(offerings.findById(HsdsExamplesReadingTest.SERVICE)).hasValueSatisfying(service ->
                assertThat(service.getProvider().getId()).isEqualTo(HsdsExamplesReadingTest.ORGANIZATION));
        assertThat(jdbc.queryForObject("select count(*) from taxonomy_term where id = ?", Integer.class,
                HsdsExamplesReadingTest.TERM)).isEqualTo(1);
        Long version1 = jdbc.queryForObject("select version from offering where id = ?", Long.class, HsdsExamplesReadingTest.SERVICE);

        ImportReport second = imports.apply(ImportSource.fromPath(HsdsExamplesReadingTest.examples(version)));

        assertThat(second.rows()).noneMatch(row -> row.outcome() == ImportOutcome.CREATED || row.outcome() == ImportOutcome.UPDATED);
        assertThat(jdbc.queryForObject("select version from offering where id = ?", Long.class, HsdsExamplesReadingTest.SERVICE))
                .isEqualTo(version1);
    }

    @Test
    void every_official_example_file_plans_alone_without_a_rejected_row() throws Exception {
        for (String version : List.of("3.0", "3.1")) {
            try (var files = java.nio.file.Files.list(HsdsExamplesReadingTest.examples(version))) {
                for (var file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                    ImportReport report = imports.plan(ImportSource.fromPath(file));
                    assertThat(report.rejected()).as(file + "\n" + report.render(Locale.ENGLISH)).isFalse();
                }
            }
        }
    }

    @Test
    void ptv_files_as_named_documents_plan_without_a_rejected_row() {
        PtvImport ptv = new PtvV11Reader(PtvSamples.seedVocabulary())
                .read(PtvSamples.v11Files("organization.json", "services.json", "channels.json"));
        List<ImportSource.Document> documents = new java.util.ArrayList<>();
        ptv.files().forEach((name, array) -> documents.add(
                new ImportSource.Document(name, array.toString().getBytes(StandardCharsets.UTF_8))));

        ImportReport report = imports.plan(ImportSource.of(documents));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).anyMatch(row -> row.kind().equals("service") && row.outcome() == ImportOutcome.CREATED);
    }

    @Test
    void a_dry_run_stores_nothing() {
        UUID org = UUID.randomUUID();
        ImportReport report = imports.plan(source("organizations.json", "[" + organization(org, "Koetoimija ry") + "]"));

        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.outcome()).isEqualTo(ImportOutcome.CREATED));
        assertThat(actors.findById(org)).isEmpty();
    }

    @Test
    void a_reimport_updates_by_id_and_an_unchanged_object_keeps_its_version() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String services = "[" + service(service, org, "Työnhakuklinikka") + "]";
        imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija ry") + "]", "services.json", services));
        Long serviceVersion = jdbc.queryForObject("select version from offering where id = ?", Long.class, service);
        Long actorVersion = jdbc.queryForObject("select version from actor where id = ?", Long.class, org);

        ImportReport again = imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija ry") + "]",
                "services.json", services));
        assertThat(again.rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.UNCHANGED);
        assertThat(jdbc.queryForObject("select version from offering where id = ?", Long.class, service)).isEqualTo(serviceVersion);

        ImportReport renamed = imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija ry") + "]",
                "services.json", services.replace("Työnhakuklinikka", "Työnhakuklinikka plus")));
        assertThat(renamed.rows()).filteredOn(row -> service.equals(row.id())).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(ImportOutcome.UPDATED));
        assertThat(jdbc.queryForObject("select version from actor where id = ?", Long.class, org)).isEqualTo(actorVersion);
        assertThat(jdbc.queryForObject("select name_fi from offering where id = ?", String.class, service))
                .isEqualTo("Työnhakuklinikka plus");
        assertThat(jdbc.queryForObject("select count(*) from offering where id = ?", Integer.class, service)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from service_channel where offering_id = ?", Integer.class, service))
                .isEqualTo(1);
    }

    @Test
    void a_services_file_alone_may_name_a_stored_organization_and_a_stored_class() {
        UUID org = UUID.randomUUID();
        UUID term = UUID.randomUUID();
        imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija D ry") + "]",
                "taxonomy_terms.json", "[{\"id\": \"" + term + "\", \"name\": \"Koeluokka\", \"taxonomy\": \"ekokartta\"}]"));
        UUID service = UUID.randomUUID();
        String withClass = service(service, org, "Luokiteltu palvelu").replace("\"languages\"",
                "\"attributes\": [{\"id\": \"" + UUID.randomUUID() + "\", \"taxonomy_term_id\": \"" + term + "\"}], \"languages\"");

        ImportReport report = imports.apply(source("services.json", "[" + withClass + "]"));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.outcome()).isEqualTo(ImportOutcome.CREATED));
        assertThat(jdbc.queryForObject("select provider_id from offering where id = ?", UUID.class, service)).isEqualTo(org);
        assertThat(jdbc.queryForList("select classes_id from offering_class where offering_id = ?", UUID.class, service))
                .containsExactly(term);
    }

    @Test
    void imported_and_reimported_names_are_found_by_the_search_index() {
        UUID org = UUID.randomUUID();
        imports.apply(source("organizations.json", "[" + organization(org, "Kvartsikello ry") + "]"));
        assertThat(actorIdsNamed("kvartsikello")).contains(org);

        imports.apply(source("organizations.json", "[" + organization(org, "Aurinkokello ry") + "]"));

        assertThat(actorIdsNamed("aurinkokello")).contains(org);
        assertThat(actorIdsNamed("kvartsikello")).doesNotContain(org);
    }

    private List<UUID> actorIdsNamed(String word) {
        return transaction.execute(status -> Search.session(entityManager).search(Actor.class)
                .where(f -> f.match().field("name.fi").matching(word))
                .fetchHits(20).stream().map(Actor::getId).toList());
    }

    @Test
    void one_rejected_row_stores_nothing_of_the_import() {
        UUID org = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        ImportReport report = imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija B ry") + "]",
                "services.json", "[" + service(good, org, "Hyvä palvelu") + ","
                        + service(bad, UUID.randomUUID(), "Rikkinäinen palvelu") + "]"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(report.rows()).filteredOn(row -> bad.equals(row.id())).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(ImportOutcome.REJECTED);
            assertThat(row.reasons()).extracting(reason -> reason.describe(Locale.of("fi")))
                    .anySatisfy(text -> assertThat(text).contains("services.json", "#2 (id ", "kenttä 'organization_id'",
                            "tuntematon organisaatio"));
        });
        assertThat(actors.findById(org)).isEmpty();
        assertThat(offerings.findById(good)).isEmpty();
    }

    @Test
    void a_service_named_like_another_of_the_same_organization_is_flagged_for_review() {
        UUID org = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        imports.apply(source("organizations.json", "[" + organization(org, "Koetoimija C ry") + "]",
                "services.json", "[" + service(first, org, "Työkokeilu nuorille") + "]"));
        UUID second = UUID.randomUUID();

        ImportReport report = imports.plan(source("services.json", "[" + service(second, org, "Työkokeilu nuorille!") + "]"));

        assertThat(report.duplicates()).anySatisfy(duplicate -> {
            assertThat(duplicate.id()).isEqualTo(second);
            assertThat(duplicate.otherId()).isEqualTo(first);
            assertThat(duplicate.reason()).isEqualTo("import.duplicate.similar-name-same-organization");
        });
    }
}
