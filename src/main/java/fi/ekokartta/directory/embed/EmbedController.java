package fi.ekokartta.directory.embed;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.search.SearchLimits;
import fi.ekokartta.search.ServiceCard;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.search.ServiceSearchResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The widget municipalities embed in their own websites (/upota?municipality=208&class=2&lang=fi):
 * published services of a municipality and class, with a search box, as one small HTML page.
 * Plain HTML with no script and no session, so it works in a frame of another site (where
 * browsers withhold cookies) and on any phone; it is the only page that may be framed (see
 * {@code SecurityConfiguration}). Service links open the full card in a new window.
 */
@RestController
class EmbedController {

    static final int MAX_SERVICES = 50;

    private final ServiceSearch search;
    private final FacetCatalog catalog;
    private final I18NProvider translations;

    EmbedController(ServiceSearch search, FacetCatalog catalog, I18NProvider translations) {
        this.search = search;
        this.catalog = catalog;
        this.translations = translations;
    }

    @GetMapping(value = "/upota", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> widget(@RequestParam(required = false) String municipality,
                                  @RequestParam(name = "class", required = false) String classCode,
                                  @RequestParam(name = "q", required = false) String text,
                                  @RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        Locale locale = language.locale();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        Optional<FacetCatalog.Entry> place = find(catalog.municipalities(), municipality);
        Optional<FacetCatalog.Entry> serviceClass = find(catalog.classes(), classCode);
        if (municipality != null && !municipality.isBlank() && place.isEmpty()) {
            return error(locale, language, t(locale, "embed.error.municipality", municipality));
        }
        if (classCode != null && !classCode.isBlank() && serviceClass.isEmpty()) {
            return error(locale, language, t(locale, "embed.error.class", classCode));
        }
        place.ifPresent(entry -> filters.put(ServiceIndexFields.MUNICIPALITY, Set.of(entry.value())));
        serviceClass.ifPresent(entry -> filters.put(ServiceIndexFields.CLASS, Set.of(entry.value())));
        SearchLimits.Bounded words = SearchLimits.cut(text);
        ServiceSearchResult result = search.list(new ServiceQuery(words.text(), filters, 0, MAX_SERVICES, language.code()));

        String title = serviceClass.map(entry -> entry.name().get(locale)).orElse(t(locale, "embed.title"))
                + place.map(entry -> " – " + entry.name().get(locale)).orElse("");
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(title)).append("</h1>");
        body.append("<form method=\"get\" role=\"search\">");
        hidden(body, "municipality", municipality);
        hidden(body, "class", classCode);
        hidden(body, "lang", lang);
        body.append("<label for=\"q\">").append(escape(t(locale, "embed.search"))).append("</label>")
                .append("<span class=\"row\"><input id=\"q\" name=\"q\" type=\"search\" value=\"")
                .append(escape(text == null ? "" : text)).append("\"><button type=\"submit\">")
                .append(escape(t(locale, "embed.search.submit"))).append("</button></span></form>");
        if (words.cut()) {
            body.append("<p>").append(escape(t(locale, "search.limit.cut", SearchLimits.MAX_WORDS, SearchLimits.MAX_CHARACTERS)))
                    .append("</p>");
        }
        body.append("<p role=\"status\">").append(escape(result.total() == 1 ? t(locale, "search.results.one")
                : t(locale, "search.results.count", result.total()))).append("</p><ul>");
        for (ServiceCard card : result.cards()) {
            body.append("<li><a href=\"palvelu/").append(card.id()).append("?lang=").append(language.code())
                    .append("\" target=\"_blank\" rel=\"noopener\">").append(escape(card.name())).append("</a>");
            String facts = card.providerName() + (card.municipalities().isEmpty() ? "" : " · " + String.join(", ", card.municipalities()));
            body.append("<p class=\"facts\">").append(escape(facts)).append("</p>");
            if (card.summary() != null) {
                body.append("<p>").append(escape(card.summary())).append("</p>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        String all = "palvelut?" + place.map(entry -> "kunta=" + encode(entry.code()) + "&").orElse("")
                + serviceClass.map(entry -> "luokka=" + encode(entry.code()) + "&").orElse("") + "lang=" + language.code();
        body.append("<p class=\"more\"><a href=\"").append(escape(all)).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(escape(t(locale, "embed.all"))).append("</a></p>");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(language, title, body.toString()));
    }

    private ResponseEntity<String> error(Locale locale, Language language, String message) {
        String body = "<h1>" + escape(t(locale, "embed.title")) + "</h1><p role=\"alert\">" + escape(message) + "</p>";
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(page(language, t(locale, "embed.title"), body));
    }

    private static Optional<FacetCatalog.Entry> find(List<FacetCatalog.Entry> entries, String code) {
        return code == null ? Optional.empty() : entries.stream().filter(entry -> entry.code().equals(code.strip())).findFirst();
    }

    private static void hidden(StringBuilder html, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">");
        }
    }

    private static String page(Language language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Ekokartta</title>
                <link rel="icon" href="icons/ekokartta.svg">
                <style>
                body{font:16px/1.5 system-ui,sans-serif;color:#1a2530;margin:0;background:#fff}
                main{padding:12px;max-width:48rem}
                h1{font-size:1.25rem;margin:0 0 .5rem}
                label{display:block;font-weight:600}
                .row{display:flex;gap:.5rem;margin:.25rem 0 .5rem}
                input[type=search]{flex:1;min-width:0;font:inherit;padding:.4rem;border:1px solid #56606b;border-radius:4px}
                button{font:inherit;padding:.4rem .9rem;background:#0b4f6c;color:#fff;border:0;border-radius:4px;cursor:pointer}
                ul{list-style:none;padding:0;margin:0}
                li{border-top:1px solid #d5dae0;padding:.5rem 0}
                li p{margin:.15rem 0}
                .facts{color:#3d4853;font-size:.9rem}
                a{color:#0b4f6c;font-weight:600}
                a:focus,button:focus,input:focus{outline:3px solid #f5a623;outline-offset:2px}
                </style></head>
                <body><main>%s</main></body></html>""".formatted(language.code(), escape(title), body);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
