package fi.ekokartta.paths;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.pdf.AccessiblePdf;
import fi.ekokartta.base.i18n.Language;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A published path as an A4 PDF ("Lataa PDF"), made on the server as the counsellor's handout
 * is: Liberation Sans embedded, tagged for screen readers (PDF/UA), every text a text node.
 * Each step carries its service's contact lines and the address of its card.
 */
@Service
public class PathPdf {

    static final String FONT = AccessiblePdf.FONT;
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm; font-family: '%1$s';
              @bottom-right { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 9pt; color: #46545f; } }
            html, body { font-family: '%1$s'; }
            body { font-size: 10.5pt; line-height: 1.4; color: #17242e; }
            h1 { font-size: 20pt; margin: 0 0 3mm; }
            h2 { font-size: 13pt; margin: 0 0 1.5mm; page-break-after: avoid; }
            p { margin: 0 0 1.5mm; }
            a { color: #0b4f6c; }
            .lead { color: #46545f; }
            .step { border-top: 0.5pt solid #c9d4db; padding-top: 3mm; margin-top: 4mm; page-break-inside: avoid; }
            .explain { background-color: #eef5f8; border-left: 3pt solid #0b4f6c; padding: 1.5mm 3mm; }
            .address { word-wrap: break-word; color: #46545f; }
            """.formatted(FONT);

    private final I18NProvider translations;

    PathPdf(I18NProvider translations) {
        this.translations = translations;
    }

    /** {@code siteAddress}: the site's public address, to which the service cards' paths are added. */
    public byte[] render(ServicePaths.PathPage path, Language language, String siteAddress) {
        Locale locale = language.locale();
        Document document = Document.createShell("");
        document.selectFirst("html").attr("lang", language.code());
        document.title(path.title().get(locale));
        document.head().appendElement("style").appendChild(new DataNode(STYLE));
        Element body = document.body();
        body.appendElement("h1").text(path.title().get(locale));
        paragraphs(body, path.intro(), locale, "lead");
        int number = 1;
        for (ServicePaths.Step step : path.steps()) {
            Element block = body.appendElement("div").addClass("step");
            block.appendElement("h2").text(translations.getTranslation("paths.step.number", locale, number++)
                    + " " + step.name().get(locale));
            paragraphs(block, step.text(), locale, "explain");
            text(block, step.summary(), locale, "");
            text(block, step.provider(), locale, translations.getTranslation("service.provider", locale) + ": ");
            step.contacts().forEach(line -> block.appendElement("p").addClass("address").text(line));
            String card = siteAddress + "/palvelu/" + step.serviceId() + "?lang=" + language.code();
            block.appendElement("p").addClass("address").appendElement("a").attr("href", card).text(card);
        }
        if (path.steps().isEmpty()) {
            body.appendElement("p").text(translations.getTranslation("paths.no-steps", locale));
        }
        String online = siteAddress + "/polut/" + path.slug();
        body.appendElement("p").addClass("lead").text(translations.getTranslation("paths.pdf.online", locale) + ": ")
                .appendElement("a").attr("href", online).text(online);
        return AccessiblePdf.render(document, "the service path PDF");
    }

    private static void paragraphs(Element parent, LocalizedText text, Locale locale, String className) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String paragraph : BLANK_LINE.split(org.jsoup.Jsoup.parse(text.get(locale)).wholeText().strip())) {
            parent.appendElement("p").addClass(className).text(paragraph);
        }
    }

    private static void text(Element parent, LocalizedText text, Locale locale, String label) {
        if (text != null && !text.isEmpty()) {
            parent.appendElement("p").text(label + text.get(locale));
        }
    }
}
