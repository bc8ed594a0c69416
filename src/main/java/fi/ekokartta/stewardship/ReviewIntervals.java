package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.UpdateResponsibility;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How often an entry is reviewed: its own interval, else the default of its organization (the
 * responsible actor, else the provider or, for an actor, the actor itself), else of the nearest
 * organization above it through the parents, else {@value UpdateResponsibility#DEFAULT_REVIEW_INTERVAL_MONTHS}
 * months. The lists compute hundreds of due dates, so the actors' parents and defaults are read
 * once into a {@link Resolver} (two small columns per actor) rather than walked per entry.
 */
@Component
public class ReviewIntervals {

    private final EntityManager entityManager;

    ReviewIntervals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The organizations' defaults as they are now; call inside a transaction. */
    public Resolver read() {
        Map<UUID, UUID> parents = new HashMap<>();
        Map<UUID, Integer> defaults = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select a.id, a.parent.id, a.defaultReviewIntervalMonths from Actor a",
                Object[].class).getResultList()) {
            UUID id = (UUID) row[0];
            if (row[1] != null) {
                parents.put(id, (UUID) row[1]);
            }
            if (row[2] != null) {
                defaults.put(id, (Integer) row[2]);
            }
        }
        return new Resolver(parents, defaults);
    }

    /** The defaults read at one moment. */
    public static final class Resolver {

        private final Map<UUID, UUID> parents;
        private final Map<UUID, Integer> defaults;

        Resolver(Map<UUID, UUID> parents, Map<UUID, Integer> defaults) {
            this.parents = parents;
            this.defaults = defaults;
        }

        /** The interval an entry of the organization inherits: the nearest default up the parents, else 12. */
        public int inherited(UUID organization) {
            Set<UUID> seen = new HashSet<>();
            for (UUID actor = organization; actor != null && seen.add(actor); actor = parents.get(actor)) {
                Integer months = defaults.get(actor);
                if (months != null) {
                    return months;
                }
            }
            return UpdateResponsibility.DEFAULT_REVIEW_INTERVAL_MONTHS;
        }

        /** The interval of an entry: its own, else the inherited one. */
        public int months(Integer own, UUID organization) {
            return own != null ? own : inherited(organization);
        }
    }
}
