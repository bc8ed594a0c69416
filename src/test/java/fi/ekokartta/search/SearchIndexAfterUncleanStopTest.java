package fi.ekokartta.search;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static fi.ekokartta.StandaloneApp.newDataDir;
import static fi.ekokartta.StandaloneApp.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed between a database commit and its index write leaves the index behind with
 * the same number of documents. After an unclean stop the index is rebuilt; after a clean one it
 * is kept.
 */
class SearchIndexAfterUncleanStopTest {

    @Test
    void a_change_the_index_missed_before_an_unclean_stop_is_in_the_index_after_the_next_start() throws IOException {
        Path dataDir = newDataDir("unclean-");
        UUID id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Actor provider = new Actor();
            provider.setName(LocalizedText.of("Kaatumisen testitoimija"));
            provider = first.getBean(ActorRepository.class).save(provider);
            Offering offering = new Offering();
            offering.setName(LocalizedText.of("Nimi ennen kaatumista"));
            offering.setDescription(LocalizedText.of("Testipalvelu."));
            offering.setProvider(provider);
            offering.setStatus(OfferingStatus.PUBLISHED);
            id = first.getBean(OfferingRepository.class).save(offering).getId();
            // committed in the database, never written to the index: as if killed in between
            first.getBean(JdbcTemplate.class).update("update offering set name_fi = ? where id = ?",
                    "Nimi kaatumisen jälkeen", id);
            assertThat(indexedName(first, id)).contains("Nimi ennen kaatumista");
        }
        try (ConfigurableApplicationContext cleanlyStopped = start(dataDir)) {
            assertThat(indexedName(cleanlyStopped, id)).as("kept after a clean stop").contains("Nimi ennen kaatumista");
        }
        Files.writeString(dataDir.resolve("index/running"), "12345\n");

        try (ConfigurableApplicationContext afterCrash = start(dataDir)) {
            assertThat(indexedName(afterCrash, id)).contains("Nimi kaatumisen jälkeen");
        }
    }

    /** The stored Finnish result card of the service, as the search shows it. */
    private static String indexedName(ConfigurableApplicationContext app, UUID id) {
        var entityManager = SharedEntityManagerCreator.createSharedEntityManager(app.getBean(EntityManagerFactory.class));
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(tx ->
                Search.session(entityManager).search(Offering.class)
                        .select(f -> f.field(ServiceIndexFields.CARD + "fi", String.class))
                        .where(f -> f.id().matching(id)).fetchSingleHit().orElseThrow());
    }
}
