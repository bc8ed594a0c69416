package fi.ekokartta.guidance.web;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.guidance.Handout;
import fi.ekokartta.guidance.HandoutPdf;
import fi.ekokartta.guidance.HandoutService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;

/**
 * The client's handout as a PDF file beside its page: /palvelulista/{token} is the page,
 * /palvelulista/{token}.pdf the file, for anyone holding the token until the list expires
 * (404 after that, as for a token that never was).
 */
@RestController
class HandoutPdfController {

    static final String PAGE = "palvelulista/";

    private final HandoutService handouts;
    private final HandoutPdf pdf;
    private final PublicAddress publicAddress;
    private final I18NProvider translations;

    HandoutPdfController(HandoutService handouts, HandoutPdf pdf, PublicAddress publicAddress, I18NProvider translations) {
        this.handouts = handouts;
        this.pdf = pdf;
        this.publicAddress = publicAddress;
        this.translations = translations;
    }

    @GetMapping("/" + PAGE + "{token}.pdf")
    ResponseEntity<byte[]> handout(@PathVariable String token, HttpServletRequest request) {
        Handout handout = handouts.handout(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] file = pdf.render(handout, publicAddress.of(PAGE + token, request));
        String name = translations.getTranslation("handout.pdf.file", handout.language().locale()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
