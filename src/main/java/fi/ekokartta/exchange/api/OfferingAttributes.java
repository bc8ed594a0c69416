package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The attributes of a service: its classes and target groups (links to taxonomy terms), keywords
 * (taxonomy {@code keywords}) and the public Ekokartta fields HSDS has no place for (taxonomy
 * {@code ekokartta}). The staff-only fields referral_instructions and internal_note are not among them.
 */
final class OfferingAttributes {

    private final ApiLanguage language;
    private final TermMapper terms;

    OfferingAttributes(ApiLanguage language) {
        this.language = language;
        this.terms = new TermMapper(language);
    }

    List<AttributeDocument> of(Offering offering) {
        UUID id = offering.getId();
        List<AttributeDocument> attributes = new ArrayList<>();
        offering.getClasses().stream().sorted(Comparator.comparing(TaxonomyTerm::getId))
                .forEach(term -> attributes.add(terms.attribute(id, terms.term(term), null)));
        offering.getTargetGroups().stream().sorted(Comparator.comparing(TargetGroup::getId))
                .forEach(group -> attributes.add(terms.attribute(id, terms.targetGroup(group), null)));
        keywords(offering).forEach(keyword ->
                attributes.add(terms.keyword(id, keyword.getLanguage(), keyword.getWord())));
        addField(attributes, id, "summary", language.text(offering.getSummary()));
        addField(attributes, id, "access", offering.getAccess());
        addField(attributes, id, "charge_type", offering.getChargeType());
        addField(attributes, id, "valid_from", offering.getValidFrom());
        addField(attributes, id, "valid_to", offering.getValidTo());
        // An archived co-producer is no longer an organization of the API, so it is not named either.
        offering.getCoProducers().stream().filter(Actor::isActive).map(Actor::getId).sorted()
                .forEach(coProducer -> addField(attributes, id, "co_producer", coProducer));
        return attributes;
    }

    /** The keywords in the reader's language, or the Finnish ones where none were given in it. */
    private List<Keyword> keywords(Offering offering) {
        List<Keyword> own = inLanguage(offering, language.code());
        return own.isEmpty() ? inLanguage(offering, ApiLanguage.FI.code()) : own;
    }

    private static List<Keyword> inLanguage(Offering offering, String code) {
        return offering.getKeywords().stream()
                .filter(keyword -> code.equals(keyword.getLanguage()))
                .sorted(Comparator.comparing(Keyword::getWord))
                .toList();
    }

    /** Enum values in the exchange format's lower case (self_referral), dates as ISO dates. */
    private void addField(List<AttributeDocument> attributes, UUID ownerId, String code, Object value) {
        String text = value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT)
                : value == null ? null : value.toString();
        if (text != null && !text.isBlank()) {
            attributes.add(terms.field(ownerId, code, text));
        }
    }
}
