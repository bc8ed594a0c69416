package fi.ekokartta.base.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a request the application refuses before any view or controller sees it: problem
 * JSON (RFC 9457) under /api, elsewhere a short page in Finnish, Swedish and English (the
 * visitor's language is not known yet). Never the servlet container's own error report.
 */
final class ErrorAnswer {

    /** Why a request was refused, in the page's three languages. */
    enum Reason {
        BAD_REQUEST("Virheellinen pyyntö", "Ogiltig begäran", "Bad request",
                "Osoitteessa on merkkejä, joita ei voi lukea.",
                "Adressen innehåller tecken som inte kan läsas.",
                "The address contains characters that cannot be read."),
        TOO_LONG("Osoite on liian pitkä", "Adressen är för lång", "The address is too long",
                "Pyyntö on suurempi kuin palvelin ottaa vastaan.",
                "Begäran är större än servern tar emot.",
                "The request is larger than the server accepts."),
        NOT_FOUND("Sivua ei löytynyt", "Sidan hittades inte", "Page not found",
                "Tarkista osoite.", "Kontrollera adressen.", "Please check the address."),
        REFUSED("Pyyntö torjuttiin", "Begäran avvisades", "The request was refused",
                "Lataa sivu uudelleen ja yritä uudelleen.", "Ladda om sidan och försök igen.",
                "Reload the page and try again."),
        FAILED("Pyyntöön ei voitu vastata", "Begäran kunde inte besvaras", "The request could not be answered",
                "Yritä hetken päästä uudelleen.", "Försök igen om en stund.", "Please try again in a moment.");

        private final String[] texts;

        Reason(String... texts) {
            this.texts = texts;
        }

        static Reason of(int status) {
            return switch (status) {
                case 401, 403 -> REFUSED;
                case 404, 410 -> NOT_FOUND;
                case 413, 414, 431 -> TOO_LONG;
                default -> status >= 500 ? FAILED : BAD_REQUEST;
            };
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorAnswer() {
    }

    static void write(HttpServletResponse response, String path, int status, Reason reason, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (path != null && path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(problem(status, path, detail).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(reason).getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    static String problem(int status, String path, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", path);
        return JSON.writeValueAsString(problem);
    }

    static String page(Reason reason) {
        String[] t = reason.texts;
        return """
                <!DOCTYPE html>
                <html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%1$s – Ekokartta</title></head>
                <body><main><h1>%1$s</h1><p>%4$s</p>
                <p lang="sv"><strong>%2$s.</strong> %5$s</p>
                <p lang="en"><strong>%3$s.</strong> %6$s</p>
                <p><a href="/">Etusivulle</a> · <a href="/?lang=sv" lang="sv">Till startsidan</a> · <a href="/?lang=en" lang="en">To the front page</a></p>
                </main></body></html>
                """.formatted(escape(t));
    }

    private static Object[] escape(String[] texts) {
        Object[] escaped = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            escaped[i] = HtmlUtils.htmlEscape(texts[i], StandardCharsets.UTF_8.name());
        }
        return escaped;
    }
}
