package fi.ekokartta.taxonomy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reads the service taxonomy (palveluluokittelu) for the public pages, and terms by id for the editors. */
@Service
@Transactional(readOnly = true)
public class ServiceTaxonomyService {

    private final TaxonomyTermRepository terms;

    ServiceTaxonomyService(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /** A term of any taxonomy as an editor lists it: its id, the taxonomy it is of, and its name. */
    public record Term(UUID id, String taxonomy, LocalizedText name) {
    }

    /**
     * The terms of the ids, e.g. the classes of a service that come from another taxonomy than
     * ours (an import's) and are not in the editor's class tree; unknown ids are left out.
     */
    public List<Term> terms(Collection<UUID> ids) {
        return terms.findAllById(ids).stream().map(term -> new Term(term.getId(), term.getTaxonomy(),
                Objects.requireNonNullElseGet(term.getName(), LocalizedText::new))).toList();
    }

    /** The top classes (those without a parent), ordered by code: the entry points to browsing. */
    public List<ServiceClass> topClasses() {
        return terms.findByTaxonomyAndParentIsNullOrderByCodeAsc(TaxonomyTerm.SERVICE_TAXONOMY).stream()
                .map(ServiceClass::of)
                .toList();
    }
}
