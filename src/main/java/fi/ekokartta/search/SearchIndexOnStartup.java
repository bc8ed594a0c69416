package fi.ekokartta.search;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.config.EkokarttaProperties;
import fi.ekokartta.base.config.StartupStatus;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the search index at start when it is missing or does not match the database (for
 * instance after rows were written with plain SQL, which Hibernate Search cannot see), and after
 * every unclean stop: a change can be committed in the database and the process killed before
 * its index write, and a changed document leaves the counts equal. A marker file in the index
 * folder exists while the application runs and is removed on a clean stop. Runs after
 * the seed, so readiness waits for a complete index. The rebuilt index is merged into one segment:
 * facet counting then needs no cross-segment ordinal map on every query.
 */
@Component
@Order(20)
class SearchIndexOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexOnStartup.class);
    private static final List<Class<?>> INDEXED = List.of(Offering.class, Actor.class, CalendarEvent.class);

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final StartupStatus status;
    private final Path runningMarker;

    SearchIndexOnStartup(EntityManager entityManager, PlatformTransactionManager transactionManager, StartupStatus status,
                         EkokarttaProperties properties) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.status = status;
        this.runningMarker = properties.indexDir().resolve("running");
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException, IOException {
        boolean uncleanStop = Files.exists(runningMarker);
        Files.createDirectories(runningMarker.getParent());
        Files.writeString(runningMarker, ProcessHandle.current().pid() + "\n");
        if (uncleanStop) {
            log.warn("The application did not stop cleanly last time: rebuilding the search index");
        }
        List<Class<?>> stale = uncleanStop ? INDEXED
                : transaction.execute(tx -> INDEXED.stream().filter(this::isStale).toList());
        if (stale.isEmpty()) {
            status.completed(StartupStatus.Step.SEARCH_INDEX, "up to date");
            return;
        }
        long started = System.nanoTime();
        Search.mapping(entityManager.getEntityManagerFactory()).scope(stale).massIndexer()
                .threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Search index rebuilt for {} in {} ms", stale.stream().map(Class::getSimpleName).toList(), millis);
        status.completed(StartupStatus.Step.SEARCH_INDEX, "rebuilt in " + millis + " ms");
    }

    /** A clean stop: every index change was committed with its transaction (write-sync). */
    @PreDestroy
    void stoppedCleanly() throws IOException {
        Files.deleteIfExists(runningMarker);
    }

    /**
     * Stale: a different number of documents than rows to index (only published services are
     * indexed, see {@link PublishedServicesRouting}), or services written by an older binder.
     */
    private boolean isStale(Class<?> type) {
        SearchSession session = Search.session(entityManager);
        if (type == Offering.class) {
            long current = session.search(Offering.class).where(f -> f.match().field(ServiceIndexFields.INDEX_VERSION)
                    .matching(ServiceIndexFields.CURRENT_INDEX_VERSION)).fetchTotalHitCount();
            long published = entityManager.createQuery("select count(o) from Offering o where o.status = :status", Long.class)
                    .setParameter("status", OfferingStatus.PUBLISHED).getSingleResult();
            return current != published;
        }
        long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                .getSingleResult();
        return indexed != stored;
    }
}
