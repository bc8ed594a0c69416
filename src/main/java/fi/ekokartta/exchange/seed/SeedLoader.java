package fi.ekokartta.exchange.seed;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.config.EkokarttaProperties;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    SeedLoader(EntityManager entityManager, PlatformTransactionManager transactionManager,
               PasswordEncoder passwordEncoder, EkokarttaProperties properties) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    /** Checks and stores the dataset in the folder; throws {@link SeedDataException} and stores nothing on any problem. */
    public SeedSummary load(Path folder) {
        Map<String, Municipality> municipalities = transaction.execute(status ->
                entityManager.createQuery("select m from Municipality m", Municipality.class).getResultStream()
                        .collect(Collectors.toMap(Municipality::getCode, Function.identity())));
        SeedDatasetReader reader = new SeedDatasetReader(folder, municipalities);
        SeedGraph graph = reader.read();
        reader.warnings().stream().limit(50).forEach(warning -> log.warn("Seed data: {}", warning));
        try {
            transaction.executeWithoutResult(status -> store(graph));
        } catch (RuntimeException e) {
            throw new SeedDataException("Storing the seed from " + folder + " failed and was rolled back: "
                    + rootMessage(e), e);
        }
        SeedSummary summary = SeedSummary.of(graph, usersIncluded());
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
        parentsFirst(graph.terms.values(), TaxonomyTerm::getParent).forEach(entityManager::persist);
        graph.targetGroups.values().forEach(entityManager::persist);
        parentsFirst(graph.actors.values(), Actor::getParent).forEach(entityManager::persist);
        if (usersIncluded()) {
            String hash = passwordEncoder.encode(properties.demoPassword());
            for (AppUser user : graph.users.values()) {
                user.setPasswordHash(hash);
                entityManager.persist(user);
            }
        }
        graph.offerings.values().forEach(entityManager::persist);
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

    /** Orders a tree's nodes so that every parent comes before its children. */
    private static <T> Set<T> parentsFirst(Iterable<T> nodes, Function<T, T> parentOf) {
        Set<T> ordered = new LinkedHashSet<>();
        for (T node : nodes) {
            addWithAncestors(node, parentOf, ordered);
        }
        return ordered;
    }

    private static <T> void addWithAncestors(T node, Function<T, T> parentOf, Set<T> ordered) {
        if (node == null || ordered.contains(node)) {
            return;
        }
        addWithAncestors(parentOf.apply(node), parentOf, ordered);
        ordered.add(node);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
