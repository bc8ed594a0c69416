package fi.ekokartta.paths.web;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.domain.RichText;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.paths.ServicePaths;
import org.jsoup.Jsoup;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A path as a widget other sites embed (/upota/polku/{slug}?lang=sv), made as the services
 * widget is: one small HTML page with no script and no session, which may be framed by any site
 * (see {@code SecurityHeaders}). Each step links to the service's card in a new window.
 */
@RestController
class PathWidgetController {

    private final ServicePaths paths;
    private final I18NProvider translations;

    PathWidgetController(ServicePaths paths, I18NProvider translations) {
        this.paths = paths;
        this.translations = translations;
    }

    @GetMapping(value = "/upota/polku/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> widget(@PathVariable String slug, @RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        Locale locale = language.locale();
        Optional<ServicePaths.PathPage> found = paths.page(slug);
        if (found.isEmpty()) {
            String title = t(locale, "paths.title");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .body(page(language, title, "<h1>" + escape(title) + "</h1><p role=\"alert\">"
                            + escape(t(locale, "paths.not-found")) + "</p>"));
        }
        ServicePaths.PathPage path = found.get();
        String title = path.title().get(locale);
        StringBuilder body = new StringBuilder("<h1>").append(escape(title)).append("</h1>");
        if (!path.intro().isEmpty()) {
            body.append("<p>").append(escape(plain(path.intro().get(locale)))).append("</p>");
        }
        body.append("<ol>");
        for (ServicePaths.Step step : path.steps()) {
            body.append("<li><a href=\"../../palvelu/").append(step.serviceId()).append("?lang=").append(language.code())
                    .append("\" target=\"_blank\" rel=\"noopener\">").append(escape(step.name().get(locale))).append("</a>");
            if (!step.text().isEmpty()) {
                body.append("<p>").append(escape(plain(step.text().get(locale)))).append("</p>");
            }
            if (!step.provider().isEmpty()) {
                body.append("<p class=\"facts\">").append(escape(step.provider().get(locale))).append("</p>");
            }
            body.append("</li>");
        }
        body.append("</ol><p class=\"more\"><a href=\"../../polut/").append(escape(path.slug())).append("?lang=")
                .append(language.code()).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(escape(t(locale, "paths.widget.all"))).append("</a></p>");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(language, title, body.toString()));
    }

    private static String page(Language language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Ekokartta</title>
                <link rel="icon" href="../../icons/ekokartta.svg">
                <style>
                body{font:16px/1.5 system-ui,sans-serif;color:#1a2530;margin:0;background:#fff}
                main{padding:12px;max-width:48rem}
                h1{font-size:1.25rem;margin:0 0 .5rem}
                ol{padding-left:1.5rem;margin:0}
                li{border-top:1px solid #d5dae0;padding:.5rem 0}
                li p{margin:.15rem 0;white-space:pre-line}
                .facts{color:#3d4853;font-size:.9rem}
                a{color:#0b4f6c;font-weight:600}
                a:focus{outline:3px solid #f5a623;outline-offset:2px}
                </style></head>
                <body><main>%s</main></body></html>""".formatted(language.code(), escape(title), body);
    }

    /** A text that may carry the descriptions' markup, as plain text (the widget's paragraphs keep its line breaks). */
    private static String plain(String text) {
        return RichText.hasMarkup(text) ? Jsoup.parse(text).text() : text;
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }
}
