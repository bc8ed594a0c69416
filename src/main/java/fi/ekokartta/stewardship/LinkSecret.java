package fi.ekokartta.stewardship;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The key that signs the reminders' one-click links: {@code ekokartta.link-secret} when set (at
 * least 32 characters, else the start stops), otherwise 32 random bytes made on first use and
 * kept in the database, so links survive restarts and work on every instance sharing the
 * database. Whoever can read the database could forge links, but could as well change the
 * entries directly. Changing the secret (or deleting the stored one) voids every link sent.
 */
@Component
class LinkSecret {

    static final int MIN_LENGTH = 32;

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private volatile byte[] key;

    LinkSecret(EntityManager entityManager, PlatformTransactionManager transactions,
               @Value("${ekokartta.link-secret:}") String configured) {
        this.entityManager = entityManager;
        // A transaction of its own: the key must stay stored even when the step that first
        // needed it (a digest whose mail the server refused) is rolled back.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("ekokartta.link-secret must be at least " + MIN_LENGTH + " characters");
            }
            key = configured.strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The key; the stored one is read, or made and stored, on first use. */
    byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = transaction.execute(status -> stored());
            key = known;
        }
        return known.clone();
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting at once: the first insert wins and both read it.
        entityManager.createNativeQuery("insert into link_secret (id, secret) values (1, ?1) on conflict do nothing")
                .setParameter(1, fresh).executeUpdate();
        return (byte[]) entityManager.createNativeQuery("select secret from link_secret where id = 1").getSingleResult();
    }
}
