package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.Objects;
import java.util.UUID;

/** Taxonomy terms and the attributes that link services and organizations to them. */
final class TermMapper {

    private final ApiLanguage language;

    TermMapper(ApiLanguage language) {
        this.language = language;
    }

    TaxonomyTermDocument term(TaxonomyTerm term) {
        UUID parentId = term.getParent() == null ? null : term.getParent().getId();
        return new TaxonomyTermDocument(term.getId(), term.getCode(), name(term.getName()),
                description(term.getDescription()), parentId, term.getTaxonomy(), null,
                Taxonomies.id(term.getTaxonomy()), termUri(term));
    }

    TaxonomyTermDocument targetGroup(TargetGroup group) {
        return new TaxonomyTermDocument(group.getId(), group.getCode(), name(group.getName()),
                description(group.getDescription()), null, TargetGroup.TAXONOMY, null,
                Taxonomies.id(TargetGroup.TAXONOMY), null);
    }

    /** A keyword (asiasana) as an attribute, in the convention of the exchange format. */
    AttributeDocument keyword(UUID ownerId, String languageCode, String word) {
        var term = new TaxonomyTermDocument(StableIds.of("keyword", languageCode, word), null, word, "", null,
                Taxonomies.KEYWORDS, languageCode, null, null);
        return attribute(ownerId, term, null);
    }

    /** One of Ekokartta's own fields that HSDS has no place for: taxonomy "ekokartta", code = field. */
    AttributeDocument field(UUID ownerId, String code, String value) {
        var term = new TaxonomyTermDocument(StableIds.of("field", code), code, code, "", null,
                Taxonomies.EKOKARTTA_FIELDS, null, null, null);
        return attribute(ownerId, term, value);
    }

    AttributeDocument attribute(UUID ownerId, TaxonomyTermDocument term, String value) {
        return new AttributeDocument(StableIds.of("attribute", ownerId, term.id(), value), term.id(), value, term,
                term.name().isEmpty() ? null : term.name());
    }

    /** A class mapped to PTV points at the PTV code list; other imported terms keep their own URI. */
    private static String termUri(TaxonomyTerm term) {
        if (term.getPtvClass() != null && !term.getPtvClass().isBlank()) {
            return TaxonomyTerm.PTV_CLASS_URI_PREFIX + term.getPtvClass().strip();
        }
        return WebAddresses.absoluteUrl(term.getTermUri());
    }

    private String name(LocalizedText name) {
        return Objects.requireNonNullElse(language.text(name), "");
    }

    private String description(LocalizedText description) {
        return Objects.requireNonNullElse(language.text(description), "");
    }
}
