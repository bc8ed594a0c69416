package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.exchange.api.document.TaxonomyDocument;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.Map;
import java.util.UUID;

/**
 * The taxonomies Ekokartta publishes. Taxonomies are not entities here, only names on the terms, so
 * their ids are derived from the name. {@code keywords} and {@code ekokartta} name the attribute
 * conventions of the exchange format; they have no listed terms.
 */
final class Taxonomies {

    static final String KEYWORDS = "keywords";
    static final String EKOKARTTA_FIELDS = "ekokartta";

    private static final Map<String, LocalizedText> DESCRIPTIONS = Map.of(
            TaxonomyTerm.SERVICE_TAXONOMY, new LocalizedText(
                    "Ekokartan palveluluokittelu: työllisyyden ekosysteemin palveluluokat, kytketty PTV:n palveluluokkiin",
                    "Ekokartans tjänsteklassificering: tjänsteklasser i sysselsättningsekosystemet, kopplade till PTV:s tjänsteklasser",
                    "Ekokartta service classification: service classes of the employment ecosystem, mapped to PTV service classes"),
            TargetGroup.TAXONOMY, new LocalizedText(
                    "Kohderyhmät, joille palvelut on tarkoitettu",
                    "Målgrupper som tjänsterna är avsedda för",
                    "Target groups the services are meant for"));

    private Taxonomies() {
    }

    static Iterable<String> own() {
        return DESCRIPTIONS.keySet();
    }

    static UUID id(String name) {
        return StableIds.of("taxonomy", name);
    }

    static TaxonomyDocument document(String name, ApiLanguage language) {
        String description = language.text(DESCRIPTIONS.get(name));
        return new TaxonomyDocument(id(name), name, description == null ? "" : description, null, null);
    }
}
