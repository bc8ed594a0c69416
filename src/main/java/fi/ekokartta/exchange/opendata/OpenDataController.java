package fi.ekokartta.exchange.opendata;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data downloads: {@code /api/avoin-data/ekokartta-hsds-{fi|sv|en}.json} and
 * {@code /api/avoin-data/ekokartta-hsds-csv-{fi|sv|en}.zip} (and the Finnish package under its
 * earlier name, {@code ekokartta-hsds-csv.zip}). Public like the rest of {@code /api/}.
 */
@RestController
@RequestMapping("/api/avoin-data")
class OpenDataController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final OpenDataFiles files;

    OpenDataController(OpenDataFiles files) {
        this.files = files;
    }

    @GetMapping("/ekokartta-hsds-{language:fi|sv|en}.json")
    ResponseEntity<byte[]> json(@PathVariable String language) {
        return download(OpenDataFileNames.json(language), MediaType.APPLICATION_JSON, files.json(language));
    }

    @GetMapping("/ekokartta-hsds-csv-{language:fi|sv|en}.zip")
    ResponseEntity<byte[]> csvZip(@PathVariable String language) {
        return download(OpenDataFileNames.csvZip(language), ZIP, files.csvZip(language));
    }

    @GetMapping("/" + OpenDataFileNames.FINNISH_CSV_ZIP_BEFORE)
    ResponseEntity<byte[]> finnishCsvZipBefore() {
        return download(OpenDataFileNames.FINNISH_CSV_ZIP_BEFORE, ZIP, files.csvZip("fi"));
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }
}
