package fi.ekokartta.paths.web;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.paths.PathPdf;
import fi.ekokartta.paths.ServicePaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;

/**
 * A published path as a PDF file beside its page: /polut/{slug} is the page, /polut/{slug}.pdf
 * the file, in the language of {@code ?lang=} (Finnish by default). 404 for a path not published.
 */
@RestController
class PathPdfController {

    private final ServicePaths paths;
    private final PathPdf pdf;
    private final PublicAddress publicAddress;
    private final I18NProvider translations;

    PathPdfController(ServicePaths paths, PathPdf pdf, PublicAddress publicAddress, I18NProvider translations) {
        this.paths = paths;
        this.pdf = pdf;
        this.publicAddress = publicAddress;
        this.translations = translations;
    }

    @GetMapping("/polut/{slug}.pdf")
    ResponseEntity<byte[]> path(@PathVariable String slug, @RequestParam(name = "lang", required = false) String lang,
                                HttpServletRequest request) {
        ServicePaths.PathPage path = paths.page(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        String site = publicAddress.of("", request).replaceAll("/+$", "");
        byte[] file = pdf.render(path, language, site);
        String name = translations.getTranslation("paths.pdf.file", language.locale(), path.slug()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
