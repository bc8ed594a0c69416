package fi.ekokartta.exchange.api;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The terms a record must have one of, from {@code taxonomy_term_id} and {@code taxonomy_id} (both:
 * the term, if it is in the taxonomy). Inactive when neither is given.
 */
record TermFilter(boolean active, Set<UUID> termIds) {

    /** JPQL's "in" needs a list even when the filter is off. */
    private static final Set<UUID> PLACEHOLDER = Set.of(new UUID(0, 0));

    static final TermFilter NONE = new TermFilter(false, Set.of());

    static TermFilter of(Set<UUID> termIds) {
        return new TermFilter(true, Set.copyOf(termIds));
    }

    /** True when the filter is on but no term qualifies: the answer is an empty list. */
    boolean matchesNothing() {
        return active && termIds.isEmpty();
    }

    Collection<UUID> queryIds() {
        return termIds.isEmpty() ? PLACEHOLDER : termIds;
    }
}
