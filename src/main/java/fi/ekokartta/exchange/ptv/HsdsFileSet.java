package fi.ekokartta.exchange.ptv;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HSDS documents being written into the seed's named-file layout: the Finnish documents of a kind
 * in {@code <kind>.json}, their Swedish and English texts under the same ids in
 * {@code <kind>.sv.json} and {@code <kind>.en.json}. Attributes follow the seed conventions
 * (seed-data/README.md): keywords, Ekokartta's own fields and links to our taxonomy terms.
 */
public final class HsdsFileSet {

    public static final String ORGANIZATIONS = "organizations";
    public static final String SERVICES = "services";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ArrayNode> files = new LinkedHashMap<>();
    private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

    /** A new Finnish document of a kind with this id. */
    public ObjectNode add(String kind, String id) {
        ObjectNode document = JSON.objectNode().put("id", id);
        files.computeIfAbsent(kind + ".json", name -> JSON.arrayNode()).add(document);
        documents.put(kind + "/fi/" + id, document);
        return document;
    }

    /** The document of this id in a language; Finnish is the main document. */
    public ObjectNode inLanguage(String kind, String language, String id) {
        return documents.computeIfAbsent(kind + "/" + language + "/" + id, key -> {
            ObjectNode document = JSON.objectNode().put("id", id);
            files.computeIfAbsent(kind + "." + language + ".json", name -> JSON.arrayNode()).add(document);
            return document;
        });
    }

    public PtvImport result(List<PtvDroppedField> dropped) {
        return new PtvImport(Map.copyOf(files), List.copyOf(dropped));
    }

    /** An id for an object PTV does not identify (a service area, a phone), the same on every import. */
    public static String derivedId(String... parts) {
        return UUID.nameUUIDFromBytes(("ptv:" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static void addKeyword(ObjectNode owner, String language, String word) {
        ObjectNode term = JSON.objectNode().put("id", derivedId("keyword", language, word)).put("name", word)
                .put("description", "Asiasana").put("taxonomy", "keywords").put("language", language);
        attribute(owner, term, null, "keyword/" + language + "/" + word);
    }

    /** One of Ekokartta's own fields (taxonomy "ekokartta"): summary, charge_type, sector... */
    public static void addField(ObjectNode owner, String code, String value) {
        ObjectNode term = JSON.objectNode().put("id", derivedId("field", code)).put("code", code).put("name", code)
                .put("taxonomy", "ekokartta");
        attribute(owner, term, value, "field/" + code + "/" + value);
    }

    public static void addTerm(ObjectNode owner, PtvVocabulary.Term our) {
        ObjectNode term = JSON.objectNode().put("id", our.id().toString()).put("code", our.code())
                .put("name", our.name()).put("taxonomy", our.taxonomy());
        attribute(owner, term, null, "term/" + our.id());
    }

    private static void attribute(ObjectNode owner, ObjectNode term, String value, String key) {
        ArrayNode attributes = owner.has("attributes") ? (ArrayNode) owner.get("attributes") : owner.putArray("attributes");
        ObjectNode attribute = attributes.addObject()
                .put("id", derivedId(owner.get("id").asString(), key))
                .put("taxonomy_term_id", term.get("id").asString());
        attribute.set("taxonomy_term", term);
        if (value != null) {
            attribute.put("value", value);
        }
    }
}
