package fi.ekokartta.exchange.api;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The full HSDS documents of the published services in a municipality, in one language, for the
 * other exchange formats (PTV) that are made from them: the same documents the HSDS API serves.
 */
@Component
public class PublishedServiceDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServiceExport export;

    PublishedServiceDocuments(ServiceExport export) {
        this.export = export;
    }

    /**
     * @param municipalityCode a Statistics Finland code such as 977
     * @param language         fi, sv or en; untranslated texts are in Finnish, as in the HSDS API
     */
    public List<JsonNode> inMunicipality(String municipalityCode, String language) {
        ServiceFilter all = new ServiceFilter(null, null, Instant.EPOCH);
        ServiceSearchParameters inMunicipality = ServiceSearchParameters.of(null, List.of(municipalityCode), null, null);
        ApiLanguage apiLanguage = ApiLanguage.resolve(language, null);
        List<JsonNode> documents = new ArrayList<>();
        int page = 1;
        int totalPages;
        do {
            var result = export.search(all, inMunicipality, PageParameters.of(page, PageParameters.MAX_PER_PAGE), apiLanguage);
            result.contents().forEach(service -> documents.add(JSON.readTree(service.json())));
            totalPages = result.totalPages();
            page++;
        } while (page <= totalPages);
        return documents;
    }
}
