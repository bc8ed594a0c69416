package fi.ekokartta.exchange.ptv.v11;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attributes of an HSDS document: Ekokartta's fields, keywords and term links by taxonomy. */
final class V11Attributes {

    private final List<JsonNode> attributes = new ArrayList<>();

    V11Attributes(JsonNode owner) {
        owner.path("attributes").forEach(attributes::add);
    }

    List<String> fields(String code) {
        return attributes.stream().filter(attribute -> "ekokartta".equals(taxonomy(attribute)))
                .filter(attribute -> code.equals(term(attribute).path("code").asString(term(attribute).path("name").asString(""))))
                .map(attribute -> attribute.path("value").asString("")).filter(value -> !value.isBlank()).toList();
    }

    Optional<String> field(String code) {
        return fields(code).stream().findFirst();
    }

    /** Keywords in a language: the term's language, where given, must be that language. */
    List<String> keywords(String language) {
        return attributes.stream().filter(attribute -> "keywords".equals(taxonomy(attribute)))
                .filter(attribute -> language.equals(term(attribute).path("language").asString(language)))
                .map(attribute -> term(attribute).path("name").asString("")).filter(word -> !word.isBlank()).toList();
    }

    List<String> termCodes(String taxonomy) {
        return attributes.stream().filter(attribute -> taxonomy.equals(taxonomy(attribute)))
                .map(attribute -> term(attribute).path("code").asString("")).filter(code -> !code.isBlank()).toList();
    }

    private static JsonNode term(JsonNode attribute) {
        return attribute.path("taxonomy_term");
    }

    private static String taxonomy(JsonNode attribute) {
        return term(attribute).path("taxonomy").asString("");
    }
}
