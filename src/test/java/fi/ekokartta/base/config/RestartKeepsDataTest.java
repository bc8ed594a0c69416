package fi.ekokartta.base.config;

import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import static fi.ekokartta.StandaloneApp.newDataDir;
import static fi.ekokartta.StandaloneApp.start;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data folder: what was stored is there after a restart. */
class RestartKeepsDataTest {

    @Test
    void data_stored_before_a_restart_is_there_after_it() throws IOException {
        Path dataDir = newDataDir("restart-");
        UUID id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            TaxonomyTerm term = new TaxonomyTerm();
            term.getName().set("fi", "Uudelleenkäynnistyksen testiluokka");
            term.setCode("R1");
            id = first.getBean(TaxonomyTermRepository.class).save(term).getId();
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(TaxonomyTermRepository.class).findById(id))
                    .hasValueSatisfying(term -> assertThat(term.getName().getFi()).isEqualTo("Uudelleenkäynnistyksen testiluokka"));
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("index")).isDirectory();
    }
}
