package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HSDS import pipeline: read → validate → plan → apply. {@link #plan} is the dry run: the
 * report of what an import would do, changing nothing. {@link #apply} makes the same plan and, when
 * nothing is rejected, stores it all in one transaction. Objects are matched by id, so a
 * re-import updates and an unchanged object keeps its version.
 */
@Service
public class ImportService {

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    ImportService(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public ImportReport plan(ImportSource source) {
        return readOnly.execute(status -> {
            ImportPlan plan = prepare(source);
            status.setRollbackOnly();
            return plan.report(duplicates(plan), false);
        });
    }

    /** Plans and, when no row is rejected, stores everything; all or nothing. */
    public ImportReport apply(ImportSource source) {
        return transaction.execute(status -> {
            ImportPlan plan = prepare(source);
            ImportReport report = plan.report(duplicates(plan), !plan.rejected());
            if (plan.rejected()) {
                status.setRollbackOnly();
            } else {
                store(plan);
                entityManager.flush();
            }
            return report;
        });
    }

    /**
     * Reads and compares with what is stored; to be called in a transaction. The seed uses this
     * and {@link #store} inside its own transaction, to store its ecosystem files in the same one.
     */
    public ImportPlan prepare(ImportSource source) {
        ImportRead read = new ImportReader(source, municipalities(), new Stored()).read();
        return new ImportPlan(read, outcomes(read));
    }

    /** Writes a prepared plan that has no rejected row: new objects persisted, changed ones copied; flushed with the caller's transaction. */
    public void store(ImportPlan plan) {
        if (plan.rejected()) {
            throw new IllegalStateException("a rejected import is not stored");
        }
        ImportCopy copy = new ImportCopy(entityManager);
        ImportGraph graph = plan.graph();
        List<BaseEntity> ordered = new ArrayList<>();
        ordered.addAll(ParentsFirst.order(graph.terms.values(), TaxonomyTerm::getParent));
        ordered.addAll(graph.targetGroups.values());
        ordered.addAll(ParentsFirst.order(graph.actors.values(), Actor::getParent));
        ordered.addAll(graph.offerings.values());
        for (BaseEntity imported : ordered) {
            switch (plan.outcomes().get(imported.getId())) {
                case CREATED -> copy.create(imported);
                case UPDATED -> copy.update(imported, entityManager.find(imported.getClass(), imported.getId()));
                default -> {
                    // unchanged: the stored object keeps its version
                }
            }
        }
    }

    private Map<UUID, ImportOutcome> outcomes(ImportRead read) {
        ImportFingerprint fingerprint = new ImportFingerprint(entityManager.getEntityManagerFactory().getPersistenceUnitUtil());
        ImportGraph graph = read.graph();
        ImportMerge merge = new ImportMerge();
        List<BaseEntity> all = new ArrayList<>();
        all.addAll(graph.terms.values());
        all.addAll(graph.targetGroups.values());
        all.addAll(graph.actors.values());
        all.addAll(graph.offerings.values());
        return all.stream().collect(Collectors.toMap(BaseEntity::getId, imported -> {
            BaseEntity stored = entityManager.find(imported.getClass(), imported.getId());
            if (stored == null) {
                return ImportOutcome.CREATED;
            }
            merge.keepUncarried(imported, stored, graph.carried(imported.getId()));
            return fingerprint.of(imported).equals(fingerprint.of(stored)) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
        }, (one, other) -> one));
    }

    private List<PossibleDuplicate> duplicates(ImportPlan plan) {
        if (plan.rejected()) {
            return List.of();
        }
        List<DuplicateFinder.Candidate> imported = new ArrayList<>();
        plan.graph().actors.values().forEach(actor -> imported.add(DuplicateFinder.of(actor)));
        plan.graph().offerings.values().forEach(offering -> imported.add(DuplicateFinder.of(offering)));
        List<DuplicateFinder.Candidate> others = new ArrayList<>(imported);
        Set<UUID> importedIds = new HashSet<>(plan.graph().actors.keySet());
        importedIds.addAll(plan.graph().offerings.keySet());
        others.addAll(new StoredCandidates(entityManager).except(importedIds));
        return new DuplicateFinder().find(imported, others);
    }

    private Map<String, Municipality> municipalities() {
        return entityManager.createQuery("select m from Municipality m", Municipality.class).getResultStream()
                .collect(Collectors.toMap(Municipality::getCode, Function.identity()));
    }

    /** What is stored, looked up by id in the import's own transaction. */
    private final class Stored implements StoredContent {

        @Override
        public Optional<Actor> actor(UUID id) {
            return Optional.ofNullable(entityManager.find(Actor.class, id));
        }

        @Override
        public Optional<Program> program(UUID id) {
            return Optional.ofNullable(entityManager.find(Program.class, id));
        }

        @Override
        public Optional<TaxonomyTerm> term(UUID id) {
            return Optional.ofNullable(entityManager.find(TaxonomyTerm.class, id));
        }

        @Override
        public Optional<TargetGroup> targetGroup(UUID id) {
            return Optional.ofNullable(entityManager.find(TargetGroup.class, id));
        }
    }
}
