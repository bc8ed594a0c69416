package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.TaxonomyDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Taxonomies and their terms: the service classes (and terms of other taxonomies met in imported
 * data) and the target groups, which HSDS sees as terms of the taxonomy {@code ekokartta-kohderyhma}.
 * They are few, a classification and its target groups, so they are ordered and paged in memory.
 */
@Service
@Transactional(readOnly = true)
class TaxonomyExport {

    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;

    TaxonomyExport(TaxonomyTermRepository terms, TargetGroupRepository targetGroups) {
        this.terms = terms;
        this.targetGroups = targetGroups;
    }

    /** @param search the phrase in the taxonomy's name or description in the language asked for */
    public PageDocument<TaxonomyDocument> taxonomies(SearchText search, PageParameters paging, ApiLanguage language) {
        List<TaxonomyDocument> all = taxonomyNames().stream().map(name -> Taxonomies.document(name, language))
                .filter(taxonomy -> search.matches(taxonomy.name(), taxonomy.description()))
                .toList();
        return PageDocument.of(paging.slice(all), taxonomy -> taxonomy);
    }

    public TaxonomyDocument taxonomy(UUID id, ApiLanguage language) {
        return taxonomyNames().stream()
                .filter(name -> Taxonomies.id(name).equals(id))
                .findFirst()
                .map(name -> Taxonomies.document(name, language))
                .orElseThrow(() -> new NotFoundException("taxonomy", id));
    }

    /**
     * @param selection which terms: of a taxonomy, under a parent, only the top level, with a phrase in
     *                  their code or in their name or description in any language
     */
    public PageDocument<TaxonomyTermDocument> terms(TermSelection selection, PageParameters paging, ApiLanguage language) {
        TermMapper mapper = new TermMapper(language);
        Comparator<Entry> order = Comparator.comparing(Entry::finnishName, Collator.getInstance(Locale.of("fi")))
                .thenComparing(Entry::id);
        List<Entry> selected = Stream.concat(
                        terms.findAll().stream()
                                .filter(term -> selection.accepts(term.getParent() == null ? null : term.getParent().getId(),
                                        texts(term.getCode(), term.getName(), term.getDescription())))
                                .map(term -> new Entry(term.getTaxonomy(), term.getName().getFi(),
                                term.getId(), () -> mapper.term(term))),
                        targetGroups.findAll().stream()
                                .filter(group -> selection.accepts(null,
                                        texts(group.getCode(), group.getName(), group.getDescription())))
                                .map(group -> new Entry(TargetGroup.TAXONOMY,
                                group.getName().getFi(), group.getId(), () -> mapper.targetGroup(group))))
                .filter(entry -> selection.taxonomyId() == null || Taxonomies.id(entry.taxonomy()).equals(selection.taxonomyId()))
                .sorted(order)
                .toList();
        return PageDocument.of(paging.slice(selected), entry -> entry.document().get());
    }

    public TaxonomyTermDocument term(UUID id, ApiLanguage language) {
        TermMapper mapper = new TermMapper(language);
        return terms.findById(id).map(mapper::term)
                .or(() -> targetGroups.findById(id).map(mapper::targetGroup))
                .orElseThrow(() -> new NotFoundException("taxonomy term", id));
    }

    private static String[] texts(String code, LocalizedText name, LocalizedText description) {
        return new String[] {code, name.getFi(), name.getSv(), name.getEn(),
                description == null ? null : description.getFi(), description == null ? null : description.getSv(),
                description == null ? null : description.getEn()};
    }

    private SortedSet<String> taxonomyNames() {
        SortedSet<String> names = new TreeSet<>(terms.findTaxonomyNames());
        Taxonomies.own().forEach(names::add);
        return names;
    }

    /** A term with what it is ordered by, mapped only if it lands on the requested page. */
    private record Entry(String taxonomy, String finnishName, UUID id, Supplier<TaxonomyTermDocument> document) {

        private Entry {
            finnishName = finnishName == null ? "" : finnishName;
        }
    }
}
