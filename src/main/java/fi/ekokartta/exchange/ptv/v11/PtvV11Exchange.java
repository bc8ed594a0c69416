package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.api.PublishedServiceDocuments;
import fi.ekokartta.exchange.ptv.PtvImport;
import fi.ekokartta.exchange.ptv.PtvVocabularySource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Map;

/**
 * The PTV v11 exchange as the application uses it: PTV files read against our current classes and
 * target groups (for the import pipeline), and a municipality's published services in the v11
 * shape (for the API and for downloads).
 */
@Service
public class PtvV11Exchange {

    private final PublishedServiceDocuments documents;
    private final PtvVocabularySource vocabulary;
    private final PtvV11ServiceWriter writer = new PtvV11ServiceWriter();
    private final PtvV11ChannelWriter channelWriter = new PtvV11ChannelWriter();

    PtvV11Exchange(PublishedServiceDocuments documents, PtvVocabularySource vocabulary) {
        this.documents = documents;
        this.vocabulary = vocabulary;
    }

    /** @param files file name → content; see {@link PtvV11Reader#read} */
    public PtvImport read(Map<String, String> files) {
        return new PtvV11Reader(vocabulary.current()).read(files);
    }

    /** The published services offered in a municipality (a Statistics Finland code such as 977). */
    public ArrayNode servicesOf(String municipality) {
        return writer.writeAll(array(documents.inMunicipality(municipality, "fi")), Map.of(
                "sv", array(documents.inMunicipality(municipality, "sv")),
                "en", array(documents.inMunicipality(municipality, "en"))));
    }

    /** The service channels of the published services offered in a municipality, each once. */
    public ArrayNode channelsOf(String municipality) {
        return channelWriter.writeAll(array(documents.inMunicipality(municipality, "fi")), Map.of(
                "sv", array(documents.inMunicipality(municipality, "sv")),
                "en", array(documents.inMunicipality(municipality, "en"))));
    }

    private static ArrayNode array(List<JsonNode> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return array;
    }
}
