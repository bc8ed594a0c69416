package fi.ekokartta.exchange.ptv;

import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Our current service classes and target groups, for reading PTV files against them. */
@Component
public class PtvVocabularySource {

    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;

    PtvVocabularySource(TaxonomyTermRepository terms, TargetGroupRepository targetGroups) {
        this.terms = terms;
        this.targetGroups = targetGroups;
    }

    @Transactional(readOnly = true)
    public PtvVocabulary current() {
        PtvVocabulary vocabulary = new PtvVocabulary();
        terms.findAll().stream().filter(term -> term.getCode() != null).forEach(term -> vocabulary.add(new PtvVocabulary.Term(
                term.getId(), term.getCode(), term.getName().getFi(), term.getTaxonomy())));
        targetGroups.findAll().forEach(group -> vocabulary.add(new PtvVocabulary.Term(
                group.getId(), group.getCode(), group.getName().getFi(), PtvMapping.TARGET_GROUP_TAXONOMY)));
        return vocabulary;
    }
}
