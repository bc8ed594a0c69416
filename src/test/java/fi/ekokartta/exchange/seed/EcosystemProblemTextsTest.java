package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every problem the ecosystem readers can find has a message of its own in fi, sv and en: a
 * deliberately broken ecosystem folder makes each of them happen, and each is read in Finnish.
 */
class EcosystemProblemTextsTest {

    private static final Locale FI = Locale.of("fi");
    private static final UUID ORG = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Test
    void every_problem_of_a_broken_ecosystem_folder_has_a_translated_message() {
        List<ImportProblem> problems = new ArrayList<>();
        problems.addAll(problemsOf(brokenEntries()));
        problems.addAll(problemsOf(brokenFiles()));
        problems.addAll(catchThrowableOfType(SeedDataException.class,
                () -> SeedDataset.hsds(TestDataset.create().folder)).getProblems());

        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.key()).as(problem.toString()).isNotEqualTo("import.problem.detail");
            LANGUAGES.forEach(language -> assertThat(bundle(language).containsKey(problem.key()))
                    .as(problem.key() + " in " + language).isTrue());
            assertThat(problem.message(FI)).as(problem.toString())
                    .doesNotStartWith("!").isNotEqualTo(problem.message(Locale.ENGLISH));
        });
        Set<String> seedKeys = bundle("fi").keySet().stream().filter(key -> key.startsWith("seed.problem."))
                .collect(Collectors.toSet());
        assertThat(problems).extracting(ImportProblem::key).containsAll(
                seedKeys.stream().filter(key -> !key.equals("seed.problem.store-failed")).toList());
    }

    @Test
    void problems_are_shown_in_finnish_swedish_and_english_with_file_entry_and_field() {
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(ORG, "Toimija", "0201256-6") + "]")
                .file("ecosystem/relationships.json", """
                [{"id": "r1", "from": "%s", "to": "%s", "type": "funds"}]""".formatted(ORG, ORG));

        SeedDataException refused = catchThrowableOfType(SeedDataException.class, dataset::read);

        assertThat(refused.describe(FI)).startsWith("Aloitusaineisto hylättiin, mitään ei tallennettu (1 ongelma):")
                .contains("ecosystem/relationships.json, #1 (id r1), kenttä 'to': toimijalla ei voi olla suhdetta itseensä");
        assertThat(refused.describe(Locale.of("sv"))).startsWith("Startdata avvisades, ingenting sparades (1 problem):")
                .contains("ecosystem/relationships.json, #1 (id r1), fält 'to': en aktör kan inte ha en relation till sig själv");
        assertThat(refused.describe(Locale.ENGLISH)).isEqualTo(refused.getMessage())
                .startsWith("Seed data rejected, nothing was stored (1 problem):")
                .contains("ecosystem/relationships.json, #1 (id r1), field 'to': an actor cannot have a relationship with itself");
    }

    @Test
    void the_seed_sources_report_no_problem_as_an_english_literal() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/fi/ekokartta/exchange/seed"))) {
            for (Path source : sources.toList()) {
                assertThat(Files.readString(source)).as(source.toString())
                        .doesNotContain(".problem(").doesNotContain(".warning(");
            }
        }
    }

    private static List<ImportProblem> problemsOf(TestDataset dataset) {
        return catchThrowableOfType(SeedDataException.class, dataset::read).getProblems();
    }

    private static TestDataset withOrganizationAndService() {
        return TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(ORG, "Toimija", "0201256-6") + "]")
                .file("hsds/services.json", "[" + TestDataset.service(SERVICE, ORG, "Palvelu", "active") + "]");
    }

    /** Files that are read, with every kind of wrong entry in them. */
    private static TestDataset brokenEntries() {
        return withOrganizationAndService()
                .file("ecosystem/roles.json", """
                        {"roles": [{"id": "coordinator", "name": "Koordinaattori"},
                                   {"id": "coordinator", "name": "Toinen"},
                                   {"name": "Tunnisteeton"},
                                   "not an object"],
                         "assignments": [{"role": "nobody", "actor": "%s", "responsibilities": "x"},
                                         {"role": "coordinator", "responsibilities": "x"},
                                         {"role": "coordinator", "actor": "%s", "responsibilities": "x",
                                          "target_groups": ["no-such-group", "%s"]}]}
                        """.formatted(ORG, ORG, STRANGER))
                .file("ecosystem/relationships.json", """
                        [{"id": "r1", "from": "%s", "to": "%s", "type": "partners_with",
                          "valid_from": "2025-01-01", "valid_to": "2024-12-31"}]""".formatted(ORG, ORG))
                .file("ecosystem/forums.json", """
                        [{"id": "f1", "name": "Foorumi", "type": "network", "members": ["not-a-uuid", "%s"],
                          "meetings": [{"id": "%s", "title": "Kokous", "decisions": ["Päätös"],
                                        "participants": [{"representative": "Edustaja"}]}]},
                         {"id": "f1", "name": "Toinen", "type": "network"}]""".formatted(STRANGER, MEETING))
                .file("ecosystem/calendar.json", """
                        [{"title": "Tapahtuma", "category": "network_meeting", "start": "2026-03-12T10:00",
                          "end": "2026-03-12T09:00", "recurrence": "EVERY MONDAY", "forum": "no-such-forum",
                          "participants": ["not-a-uuid"]},
                         {"title": "Alkamaton", "category": "network_meeting"}]""")
                .file("ecosystem/roadmap.json", """
                        [{"title": "Tavoite", "start": "2026-06-01", "end": "2026-01-01", "actions": [
                          {"title": "A", "decided_in": "%s"},
                          {"title": "B", "decided_in": "%s", "decision": 5},
                          {"title": "C", "decided_in": "%s"}]}]""".formatted(MEETING, MEETING, STRANGER))
                .file("ecosystem/paths.json", """
                        [{"slug": "Huono Osoite", "title": "Polku",
                          "steps": [{"service": "%s"}, {"service": "%s"}, {"service": "%s"}, {}]},
                         {"slug": "tyhja", "title": "Tyhjä"},
                         {"slug": "tyhja", "title": "Toinen", "published": false}]""".formatted(SERVICE, SERVICE, STRANGER))
                .file("ecosystem/users.json", """
                        [{"username": "Iso Kirjain", "role": "admin"},
                         {"username": "yllapitaja", "role": "maintainer", "organizations": ["not-a-uuid"]},
                         {"username": "yllapitaja", "role": "maintainer", "organizations": ["%s"]}]""".formatted(ORG))
                .file("ecosystem/responsibilities.json", """
                        [{"entity": "service", "id": "%s", "responsible_user": "nobody", "review_interval_months": 99},
                         {"entity": "programme", "id": "%s"}]""".formatted(SERVICE, ORG));
    }

    /** Files that cannot be read as ecosystem files at all. */
    private static TestDataset brokenFiles() {
        return withOrganizationAndService()
                .file("ecosystem/roles.json", "{\"roles\": {\"id\": \"coordinator\"}}")
                .file("ecosystem/calendar.json", "[{\"title\": ")
                .file("ecosystem/extra.json", "[]");
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
