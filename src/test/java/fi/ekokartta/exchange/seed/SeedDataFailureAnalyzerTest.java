package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDataFailureAnalyzerTest {

    private static final SeedDataException REFUSED = new SeedDataException(List.of(
            new ImportProblem("ecosystem/paths.json", "#2", "steps", "seed.problem.published-path-without-steps", List.of()),
            new ImportProblem("ecosystem/users.json", "#1", "responsible_user", "seed.problem.unknown-user", List.of("anna"))));

    @Test
    void a_rejected_seed_is_reported_at_start_in_finnish_by_default() {
        var analysis = new SeedDataFailureAnalyzer(new MockEnvironment()).analyze(REFUSED);

        assertThat(analysis.getDescription()).isEqualTo("""
                Aloitusaineisto hylättiin, mitään ei tallennettu (2 ongelmaa):
                  - ecosystem/paths.json, #2, kenttä 'steps': julkaistulla polulla pitää olla vähintään yksi vaihe
                  - ecosystem/users.json, #1, kenttä 'responsible_user': tuntematon käyttäjä 'anna' (ei tiedostossa users.json)""");
        assertThat(analysis.getAction()).startsWith("Korjaa yllä luetellut kohdat").contains("EKOKARTTA_SEED_DATA=none");
    }

    @Test
    void a_rejected_seed_is_reported_in_the_import_language_given() {
        var english = new SeedDataFailureAnalyzer(new MockEnvironment().withProperty("ekokartta.import-language", "en"))
                .analyze(REFUSED);
        var swedish = new SeedDataFailureAnalyzer(new MockEnvironment().withProperty("ekokartta.import-language", "sv"))
                .analyze(REFUSED);

        assertThat(english.getDescription()).startsWith("Seed data rejected, nothing was stored (2 problems):")
                .contains("ecosystem/users.json, #1, field 'responsible_user': unknown user 'anna' (not in users.json)");
        assertThat(english.getAction()).startsWith("Fix the entries listed above");
        assertThat(swedish.getDescription()).startsWith("Startdata avvisades, ingenting sparades (2 problem):")
                .contains("ecosystem/paths.json, #2, fält 'steps': en publicerad stig behöver minst ett steg");
        assertThat(swedish.getAction()).startsWith("Rätta punkterna ovan");
    }
}
