package fi.ekokartta.exchange.api;

import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** Resolves {@code taxonomy_term_id} and {@code taxonomy_id} into the set of terms they mean. */
@Component
@Transactional(readOnly = true)
class TermFilters {

    private final HsdsQueries queries;
    private final TaxonomyTermRepository terms;

    TermFilters(HsdsQueries queries, TaxonomyTermRepository terms) {
        this.queries = queries;
        this.terms = terms;
    }

    public TermFilter of(UUID taxonomyTermId, UUID taxonomyId) {
        if (taxonomyTermId == null && taxonomyId == null) {
            return TermFilter.NONE;
        }
        if (taxonomyId == null) {
            return TermFilter.of(Set.of(taxonomyTermId));
        }
        Set<UUID> selected = new HashSet<>(termsOf(taxonomyId));
        if (taxonomyTermId != null) {
            selected.retainAll(Set.of(taxonomyTermId));
        }
        return TermFilter.of(selected);
    }

    /** The taxonomies by name: those of the terms we hold and our own; ids are derived from names. */
    public SortedSet<String> taxonomyNames() {
        SortedSet<String> names = new TreeSet<>(terms.findTaxonomyNames());
        Taxonomies.own().forEach(names::add);
        return names;
    }

    /** The terms of a taxonomy we hold; none for an unknown taxonomy or one whose terms are not stored (keywords). */
    private List<UUID> termsOf(UUID taxonomyId) {
        return taxonomyNames().stream()
                .filter(name -> Taxonomies.id(name).equals(taxonomyId))
                .findFirst()
                .map(name -> TargetGroup.TAXONOMY.equals(name) ? queries.targetGroupIds() : queries.termIdsOf(name))
                .orElse(List.of());
    }
}
