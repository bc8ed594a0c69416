package fi.ekokartta.exchange.opendata;

import fi.ekokartta.exchange.api.PublishedDocuments;
import fi.ekokartta.exchange.tabular.DocumentFlattener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The whole published dataset as HSDS 3.1: a JSON document per language with every organization,
 * service, taxonomy and taxonomy term in full form, and the same flattened into the tables of the
 * CSV data package of each language.
 */
@Service
public class PublicDataset {

    static final String HSDS_VERSION = "3.1";

    private final PublishedDocuments documents;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicDataset(PublishedDocuments documents) {
        this.documents = documents;
    }

    /**
     * {@code {hsds_version, language, generated, organizations, services, taxonomies, taxonomy_terms}}.
     *
     * @param language fi, sv or en
     */
    public ObjectNode document(String language, Instant generated) {
        ObjectNode document = json.createObjectNode();
        document.put("hsds_version", HSDS_VERSION);
        document.put("language", language);
        document.put("generated", generated.truncatedTo(ChronoUnit.SECONDS).toString());
        document.set("organizations", tree(documents.organizations(language)));
        document.set("services", tree(documents.services(language)));
        document.set("taxonomies", tree(documents.taxonomies(language)));
        document.set("taxonomy_terms", tree(documents.taxonomyTerms(language)));
        return document;
    }

    /**
     * The tables of the document in a language; what has no column is in {@link DocumentFlattener#dropped()}.
     *
     * @param language fi, sv or en
     */
    public DocumentFlattener tables(String language) {
        ObjectNode document = document(language, Instant.now());
        return new DocumentFlattener()
                .add("organization", document.get("organizations"))
                .add("service", document.get("services"))
                .add("taxonomy", document.get("taxonomies"))
                .add("taxonomy_term", document.get("taxonomy_terms"));
    }

    private JsonNode tree(Object value) {
        return json.valueToTree(value);
    }
}
