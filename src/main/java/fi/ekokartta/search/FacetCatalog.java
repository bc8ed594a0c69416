package fi.ekokartta.search;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;

/**
 * What the search view needs to name facet values and to keep filters readable in addresses:
 * service classes in tree order with their codes, target groups with their codes, municipalities.
 */
@Service
@Transactional(readOnly = true)
public class FacetCatalog {

    /** A facet value: its index value (id or code), the code used in addresses, its name, depth in the tree. */
    public record Entry(String value, String code, LocalizedText name, int depth) {
    }

    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;

    FacetCatalog(TaxonomyTermRepository terms, TargetGroupRepository targetGroups, MunicipalityRepository municipalities) {
        this.terms = terms;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
    }

    /** Service classes, each top class followed by its sub-classes, by code. */
    public List<Entry> classes() {
        List<TaxonomyTerm> all = terms.findAll().stream()
                .filter(term -> TaxonomyTerm.SERVICE_TAXONOMY.equals(term.getTaxonomy()) && term.getCode() != null)
                .sorted(Comparator.comparing(TaxonomyTerm::getCode)).toList();
        return all.stream().map(term -> new Entry(term.getId().toString(), term.getCode(), term.getName(),
                term.getParent() == null ? 0 : 1)).toList();
    }

    public List<Entry> targetGroups() {
        return targetGroups.findAll().stream().sorted(Comparator.comparing(TargetGroup::getCode))
                .map(group -> new Entry(group.getId().toString(), group.getCode(), group.getName(), 0)).toList();
    }

    /** The codes of the employment area's own municipalities: "the whole employment area" in pickers. */
    public Set<String> employmentArea() {
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream().filter(Municipality::isInEmploymentArea)
                .map(Municipality::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Entry> municipalities() {
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                .map(place -> new Entry(place.getCode(), place.getCode(), place.getName(), 0)).toList();
    }
}
