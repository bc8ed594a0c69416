package fi.ekokartta.exchange.seed;

import fi.ekokartta.base.config.EkokarttaProperties;
import fi.ekokartta.exchange.imports.ImportPlan;
import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import fi.ekokartta.security.AppUser;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads a seed dataset all or nothing: the whole dataset is read and checked in memory first,
 * then stored in one transaction. Demo users are stored only when a demo password is set.
 */
@Service
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final EkokarttaProperties properties;
    private final ImportService importer;
    private final Locale language;

    SeedLoader(EntityManager entityManager, PlatformTransactionManager transactionManager,
               PasswordEncoder passwordEncoder, EkokarttaProperties properties, ImportService importer,
               Environment environment) {
        this.entityManager = entityManager;
        this.language = SeedLanguage.of(environment);
        this.importer = importer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    /**
     * Checks and stores the dataset in the folder; throws {@link SeedDataException} and stores
     * nothing on any problem. The hsds/ part goes through the import pipeline, in the same
     * transaction as the ecosystem/ part.
     */
    public SeedSummary load(Path folder) {
        ImportSource source = SeedDataset.hsds(folder);
        SeedSummary summary;
        try {
            summary = transaction.execute(status -> {
                ImportPlan plan = importer.prepare(source);
                SeedGraph graph = SeedDataset.read(folder, plan);
                plan.warnings().stream().limit(50)
                        .forEach(warning -> log.warn("Seed data: {}", warning.describe(language)));
                importer.store(plan);
                store(graph);
                return SeedSummary.of(graph, usersIncluded());
            });
        } catch (SeedDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SeedDataException(new ImportProblem(folder.toString(), null, null, "seed.problem.store-failed",
                    List.of(String.valueOf(rootMessage(e)))), e);
        }
        log.info("Seed data loaded from {}: {}", folder.toAbsolutePath(), summary);
        return summary;
    }

    /** True when the database holds no directory content yet, so a seed may be loaded. */
    public boolean isDatabaseEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status ->
                entityManager.createQuery("select count(a) from Actor a", Long.class).getSingleResult() == 0
                        && entityManager.createQuery("select count(o) from Offering o", Long.class).getSingleResult() == 0
                        && entityManager.createQuery("select count(t) from TaxonomyTerm t", Long.class).getSingleResult() == 0));
    }

    private void store(SeedGraph graph) {
        if (usersIncluded()) {
            String hash = passwordEncoder.encode(properties.demoPassword());
            for (AppUser user : graph.users.values()) {
                user.setPasswordHash(hash);
                entityManager.persist(user);
            }
        }
        if (usersIncluded()) {
            graph.keepers.forEach(entityManager::persist);
        }
        graph.roles.values().forEach(entityManager::persist);
        graph.roleAssignments.forEach(entityManager::persist);
        graph.relationships.forEach(entityManager::persist);
        graph.forums.values().forEach(entityManager::persist);
        graph.events.forEach(entityManager::persist);
        graph.goals.forEach(entityManager::persist);
        graph.paths.forEach(entityManager::persist);
        entityManager.flush();
    }

    private boolean usersIncluded() {
        return properties.demoPassword() != null && !properties.demoPassword().isBlank();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
