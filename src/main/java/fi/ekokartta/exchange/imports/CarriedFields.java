package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of an object's stored fields its import source carries, and in which languages. A
 * field is carried when the source names one of the HSDS keys it is read from, even with an
 * empty value (that empties it); a field whose keys are all absent keeps its stored value. The
 * main file is Finnish; a text is carried in Swedish or English when that language's file has
 * the key. Ekokartta's own attributes count one by one, keywords and taxonomy links as groups.
 */
final class CarriedFields {

    static final String MAIN_LANGUAGE = "fi";

    /** The channels a service's keys carry, by the HSDS key they are read from and exported to. */
    static final String CHANNEL_URL = "url";
    static final String CHANNEL_EMAIL = "email";
    static final String CHANNEL_PHONES = "phones";
    static final String CHANNEL_PLACES = "service_at_locations";

    private static final Map<Class<?>, Map<String, Predicate<JsonNode>>> SOURCES = Map.of(
            TaxonomyTerm.class, Map.of(
                    "code", keys("code"), "name", keys("name"), "description", keys("description"),
                    "parent", keys("parent_id"), "taxonomy", keys("taxonomy"),
                    "ptvClass", keys("term_uri"), "termUri", keys("term_uri")),
            TargetGroup.class, Map.of("code", keys("code"), "name", keys("name"), "description", keys("description")),
            Actor.class, Map.ofEntries(
                    Map.entry("name", keys("name")), Map.entry("alternateName", keys("alternate_name")),
                    Map.entry("description", keys("description")), Map.entry("sector", extension("sector")),
                    Map.entry("businessId", keys("organization_identifiers", "tax_id")),
                    Map.entry("parent", keys("parent_organization_id")),
                    Map.entry("municipalities", extension("municipality")), Map.entry("website", keys("website")),
                    Map.entry("email", keys("email")), Map.entry("phone", keys("phones")),
                    Map.entry("contacts", keys("contacts")), Map.entry("programs", keys("programs")),
                    Map.entry("websites", keys("additional_websites")),
                    Map.entry("identifiers", keys("organization_identifiers")),
                    Map.entry("legalStatus", keys("legal_status")), Map.entry("yearIncorporated", keys("year_incorporated")),
                    Map.entry("logo", keys("logo")), Map.entry("uri", keys("uri")), Map.entry("funding", keys("funding"))),
            Offering.class, Map.ofEntries(
                    Map.entry("name", keys("name")), Map.entry("summary", extension("summary")),
                    Map.entry("description", keys("description")), Map.entry("keywords", keywords()),
                    Map.entry("classes", termLinks()), Map.entry("targetGroups", termLinks()),
                    Map.entry("municipalities", keys("service_areas")), Map.entry("languages", keys("languages")),
                    Map.entry("channels", keys(CHANNEL_URL, CHANNEL_EMAIL, CHANNEL_PHONES, CHANNEL_PLACES, "schedules")),
                    Map.entry("contacts", keys("contacts")), Map.entry("access", extension("access")),
                    Map.entry("howToGetThere", keys("application_process")),
                    Map.entry("referralInstructions", extension("referral_instructions")),
                    Map.entry("internalNote", extension("internal_note")),
                    Map.entry("chargeType", extension("charge_type")),
                    Map.entry("costDescription", keys("fees_description", "fees")),
                    Map.entry("eligibility", keys("eligibility_description")),
                    Map.entry("minimumAge", keys("minimum_age")), Map.entry("maximumAge", keys("maximum_age")),
                    Map.entry("validFrom", extension("valid_from")), Map.entry("validTo", extension("valid_to")),
                    Map.entry("funding", keys("funding")), Map.entry("provider", keys("organization_id", "organization")),
                    Map.entry("coProducers", extension("co_producer")), Map.entry("status", keys("status")),
                    Map.entry("assuredDate", keys("assured_date")), Map.entry("assurer", keys("assurer_email")),
                    Map.entry("capacities", keys("capacities")), Map.entry("alternateName", keys("alternate_name")),
                    Map.entry("alert", keys("alert")), Map.entry("interpretationServices", keys("interpretation_services")),
                    Map.entry("accreditations", keys("accreditations")), Map.entry("costOptions", keys("cost_options")),
                    Map.entry("requiredDocuments", keys("required_documents")), Map.entry("areas", keys("service_areas")),
                    Map.entry("program", keys("program_id", "program"))));

    private final JsonNode main;
    private final Map<String, JsonNode> translations;

    /** The main (Finnish) object and the same object's Swedish and English files, by language. */
    CarriedFields(JsonNode main, Map<String, JsonNode> translations) {
        this.main = main;
        this.translations = translations;
    }

    /** Whether the main file carries the field: what decides every field that is not a text. */
    boolean inMain(Class<?> kind, String field) {
        return source(kind, field).test(main);
    }

    /** The languages in which the source carries a field: the main one and those of its translation files. */
    Set<String> languages(Class<?> kind, String field) {
        Predicate<JsonNode> source = source(kind, field);
        Set<String> languages = new LinkedHashSet<>();
        if (source.test(main)) {
            languages.add(MAIN_LANGUAGE);
        }
        translations.forEach((language, node) -> {
            if (source.test(node)) {
                languages.add(language);
            }
        });
        return languages;
    }

    /** Whether a service's main file has a key (one of the {@code CHANNEL_*} keys). */
    boolean hasKey(String key) {
        return main.has(key);
    }

    /** The kinds and fields this class knows, for the test that every imported field has its source. */
    static boolean knows(Class<?> kind, String field) {
        return SOURCES.getOrDefault(kind, Map.of()).containsKey(field);
    }

    private static Predicate<JsonNode> source(Class<?> kind, String field) {
        Predicate<JsonNode> source = SOURCES.getOrDefault(kind, Map.of()).get(field);
        if (source == null) {
            throw new IllegalArgumentException("no HSDS source is known for " + kind.getSimpleName() + "." + field);
        }
        return source;
    }

    private static Predicate<JsonNode> keys(String... keys) {
        List<String> names = List.of(keys);
        return node -> names.stream().anyMatch(node::has);
    }

    /** One of Ekokartta's own attributes (taxonomy "ekokartta"), by its code; an empty attribute list carries all. */
    private static Predicate<JsonNode> extension(String code) {
        return attributes(taxonomy -> HsdsAttributes.EXTENSIONS.equals(taxonomy.taxonomy)
                && code.equals(taxonomy.code));
    }

    private static Predicate<JsonNode> keywords() {
        return attributes(taxonomy -> HsdsAttributes.KEYWORDS.equals(taxonomy.taxonomy));
    }

    /** Links to taxonomy terms (classes and target groups), which come as one group. */
    private static Predicate<JsonNode> termLinks() {
        return attributes(taxonomy -> !HsdsAttributes.KEYWORDS.equals(taxonomy.taxonomy)
                && !HsdsAttributes.EXTENSIONS.equals(taxonomy.taxonomy));
    }

    private static Predicate<JsonNode> attributes(Predicate<AttributeTaxonomy> kind) {
        return node -> {
            JsonNode attributes = node.get("attributes");
            if (attributes == null || !attributes.isArray()) {
                return false;
            }
            if (attributes.isEmpty()) {
                return true;
            }
            for (JsonNode attribute : attributes) {
                if (kind.test(AttributeTaxonomy.of(attribute))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The taxonomy and code of an attribute's nested term, read quietly (the readers report problems). */
    private record AttributeTaxonomy(String taxonomy, String code) {

        static AttributeTaxonomy of(JsonNode attribute) {
            JsonNode term = attribute.get("taxonomy_term");
            if (term == null || !term.isObject()) {
                return new AttributeTaxonomy("", "");
            }
            String code = text(term, "code");
            return new AttributeTaxonomy(text(term, "taxonomy").toLowerCase(Locale.ROOT),
                    (code.isEmpty() ? text(term, "name") : code).toLowerCase(Locale.ROOT));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value != null && value.isString() ? value.asString().strip() : "";
        }
    }
}
