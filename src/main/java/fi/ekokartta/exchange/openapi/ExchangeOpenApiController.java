package fi.ekokartta.exchange.openapi;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/ekokartta-openapi.json: the description of the PTV export and the open-data downloads
 * (api/ekokartta-openapi.json), public like the endpoints it describes.
 */
@RestController
class ExchangeOpenApiController {

    static final String PATH = "/api/ekokartta-openapi.json";
    private static final Resource DESCRIPTION = new ClassPathResource("api/ekokartta-openapi.json");

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> description() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DESCRIPTION);
    }
}
