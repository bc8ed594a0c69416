package fi.ekokartta.base.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts changes to the directory's content, so that caches of derived documents know when to
 * forget. Counted when an entity is written and again when its transaction commits, so that a
 * reader between the two cannot keep an old document.
 */
public class ContentChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    public static long generation() {
        return GENERATION.get();
    }

    /**
     * A change written past the entities (a bulk update, which runs no entity listener): caches of
     * derived documents forget as for an entity's change.
     */
    public static void changedInBulk() {
        new ContentChanges().changed(null);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        GENERATION.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        }
    }
}
