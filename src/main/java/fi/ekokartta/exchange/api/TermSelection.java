package fi.ekokartta.exchange.api;

import java.util.UUID;

/**
 * Which taxonomy terms a list holds: {@code taxonomy_id}, {@code parent_id}, {@code top_only} (only
 * terms without a parent; target groups have none) and {@code search}. Each narrows; null or false
 * means no narrowing.
 */
record TermSelection(UUID taxonomyId, UUID parentId, boolean topOnly, SearchText search) {

    TermSelection {
        if (topOnly && parentId != null) {
            throw new BadParameterException("top_only=true and parent_id cannot be combined: top-level terms have no parent");
        }
    }

    boolean accepts(UUID termParentId, String... texts) {
        return (parentId == null || parentId.equals(termParentId))
                && (!topOnly || termParentId == null)
                && search.matches(texts);
    }
}
