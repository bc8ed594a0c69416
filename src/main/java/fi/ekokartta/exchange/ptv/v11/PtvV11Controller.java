package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/ptv/v11/services?municipality=977: the published services offered in a municipality,
 * in the shape the municipality sends to PTV (see {@link PtvV11ServiceWriter}), as a JSON array;
 * GET /api/ptv/v11/channels?municipality=977: their service channels ({@link PtvV11ChannelWriter}).
 */
@RestController
@RequestMapping(path = PtvV11Controller.ROOT)
class PtvV11Controller {

    private final PtvV11Exchange exchange;

    PtvV11Controller(PtvV11Exchange exchange) {
        this.exchange = exchange;
    }

    static final String ROOT = "/api/ptv/v11";

    @GetMapping(path = "/services", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> services(@RequestParam(required = false) String municipality) {
        if (!PtvMapping.isMunicipalityCode(municipality)) {
            return badMunicipality(municipality);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(exchange.servicesOf(municipality));
    }

    /** The channels of the same services, which name them in their serviceChannels. */
    @GetMapping(path = "/channels", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> channels(@RequestParam(required = false) String municipality) {
        if (!PtvMapping.isMunicipalityCode(municipality)) {
            return badMunicipality(municipality);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(exchange.channelsOf(municipality));
    }

    private static ResponseEntity<?> badMunicipality(String municipality) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "municipality must be a three-digit Statistics Finland code such as 977, not '%s'".formatted(municipality));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
