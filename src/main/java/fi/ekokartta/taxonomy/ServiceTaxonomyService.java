package fi.ekokartta.taxonomy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads the service taxonomy (palveluluokittelu) for the public pages. */
@Service
@Transactional(readOnly = true)
public class ServiceTaxonomyService {

    private final TaxonomyTermRepository terms;

    ServiceTaxonomyService(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /** The top classes (those without a parent), ordered by code: the entry points to browsing. */
    public List<ServiceClass> topClasses() {
        return terms.findByTaxonomyAndParentIsNullOrderByCodeAsc(TaxonomyTerm.SERVICE_TAXONOMY).stream()
                .map(ServiceClass::of)
                .toList();
    }
}
