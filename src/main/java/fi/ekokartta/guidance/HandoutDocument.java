package fi.ekokartta.guidance;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.offering.PhoneType;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * The handout as an HTML document for the PDF: what the handout page shows, in the handout's
 * language. Every text goes in as a text node (jsoup), never as markup, so a counsellor's note
 * or a service's name cannot change the document. A text shown in Finnish for want of a
 * translation is marked lang="fi", and the document then says that some texts are in Finnish.
 */
final class HandoutDocument {

    static final String FONT = fi.ekokartta.base.pdf.AccessiblePdf.FONT;

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm; font-family: '%1$s';
              @bottom-right { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 9pt; color: #46545f; } }
            html, body { font-family: '%1$s'; }
            body { font-size: 10.5pt; line-height: 1.4; color: #17242e; }
            h1 { font-size: 20pt; margin: 0 0 3mm; }
            h2 { font-size: 14pt; margin: 0 0 2mm; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 0 0 1mm; page-break-after: avoid; }
            p { margin: 0 0 1.5mm; }
            ul { margin: 0 0 1.5mm; padding-left: 5mm; }
            a { color: #0b4f6c; }
            .lead { color: #46545f; }
            .service { border-top: 0.5pt solid #c9d4db; padding-top: 3mm; margin-top: 5mm; }
            .alert { font-weight: bold; border-left: 3pt solid #9b1c1c; padding: 1.5mm 3mm; }
            .note { background-color: #fff8d6; border-left: 3pt solid #8a6d00; padding: 1.5mm 3mm; }
            .channel { margin-top: 2.5mm; padding-left: 3mm; border-left: 1pt solid #c9d4db; page-break-inside: avoid; }
            .footer { margin-top: 8mm; border-top: 0.5pt solid #c9d4db; padding-top: 3mm; page-break-inside: avoid; }
            .footer img { width: 30mm; height: 30mm; }
            .address { word-wrap: break-word; }
            """.formatted(FONT);

    private final I18NProvider translations;
    private final Locale locale;
    private boolean fellBack;

    HandoutDocument(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** {@code qrImage}: a data: address of the QR code of {@code address}, the handout's web address. */
    Document build(Handout handout, String address, String qrImage) {
        Document document = Document.createShell("");
        document.selectFirst("html").attr("lang", handout.language().code());
        document.title(t("handout.title"));
        document.head().appendElement("style").appendChild(new DataNode(STYLE));
        Element body = document.body();
        body.appendElement("h1").text(t("handout.title"));
        body.appendElement("p").addClass("lead").text(t("handout.valid",
                FinnishDates.date(handout.expiresAt().atZone(FinnishDates.FINNISH_TIME).toLocalDate())));
        if (handout.municipality() != null) {
            body.appendElement("p").text(t("handout.municipality", handout.municipality().name().get(locale)));
        }
        handout.entries().forEach(entry -> service(body.appendElement("div").addClass("service"), entry, handout));
        Element footer = body.appendElement("div").addClass("footer");
        footer.appendElement("img").attr("src", qrImage).attr("alt", t("shortlist.share.qr"));
        footer.appendElement("p").text(t("handout.pdf.online") + ":");
        footer.appendElement("p").addClass("address").appendElement("a").attr("href", address).text(address);
        if (fellBack) {
            body.selectFirst("h1").after(new Element("p").addClass("lead").text(t("entry.in-finnish-note")));
        }
        return document;
    }

    private void service(Element block, Handout.Entry entry, Handout handout) {
        ServicePage service = entry.service();
        localized(block, "h2", service.name(), "");
        HandoutFacts facts = HandoutFacts.of(service, this::text, locale, this::t);
        if (facts.alert() != null) {
            block.appendElement("p").addClass("alert").text(t("service.facts.alert") + ": " + facts.alert());
        }
        if (entry.note() != null) {
            block.appendElement("p").addClass("note").text(t("handout.note") + ": " + entry.note());
        }
        localized(block, "p", service.summary(), "");
        if (service.provider() != null) {
            localized(block, "p", service.provider().name(), t("service.provider") + ": ");
        }
        if (service.access() != null) {
            localized(block, "p", service.howToGetThere(), t("service.facts.how") + ": "
                    + t("search.access." + service.access().name()) + (text(service.howToGetThere()) == null ? "" : ". "));
        }
        list(block, "service.facts.cost-options", facts.prices());
        list(block, "service.facts.required-documents", facts.documents().stream()
                .map(document -> document.uri() == null || document.uri().equals(document.name()) ? document.name()
                        : document.name() + ": " + document.uri()).toList());
        if (entry.noOfficeInMunicipality()) {
            block.appendElement("p").text(t("handout.no-office", handout.municipality().name().get(locale)));
        }
        entry.channels().forEach(channel -> channel(block.appendElement("div").addClass("channel"), channel));
    }

    private void channel(Element block, ServicePage.Channel channel) {
        Element heading = block.appendElement("h3").text(t("channel." + channel.type().name()));
        String name = text(channel.name());
        if (ServicePage.Channel.fitsHeading(name)) {
            heading.appendText(": ");
            localized(heading, "span", channel.name(), "");
        } else if (name != null) {
            localized(block, "p", channel.name(), "");
        }
        if (channel.address() != null) {
            block.appendElement("p").text(t("service.channel.address") + ": " + channel.address());
        }
        String phone = channel.phone() == null || channel.details().phoneExtension() == null ? channel.phone()
                : channel.phone() + ", " + t("service.channel.extension", String.valueOf(channel.details().phoneExtension()));
        PhoneType type = channel.details().phoneType();
        if (phone != null && type != null && type != PhoneType.VOICE) {
            phone += " (" + t("phone.type." + type.name()).toLowerCase(locale) + ")";
        }
        for (String line : new String[]{phone, channel.email(), channel.url()}) {
            if (line != null && !line.isBlank()) {
                block.appendElement("p").addClass("address").text(line);
            }
        }
        finnishOnly(block, "service.channel.transportation", channel.transportation());
        finnishOnly(block, "service.channel.accessibility", channel.accessibility());
        if (!channel.hours().isEmpty()) {
            block.appendElement("p").text(t("service.channel.hours") + ":");
            Element hours = block.appendElement("ul");
            channel.hours().forEach(h -> hours.appendElement("li").text(h.text(locale, this::t)));
        }
        list(block, "service.channel.exceptions", channel.exceptions().stream()
                .map(h -> h.when(locale, this::t) + (h.note() == null || h.note().isBlank() ? "" : " (" + h.note() + ")"))
                .toList());
    }

    /** A label and its lines as a list; nothing when there are none. */
    private void list(Element block, String labelKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        block.appendElement("p").text(t(labelKey) + ":");
        Element list = block.appendElement("ul").addClass("address");
        lines.forEach(line -> list.appendElement("li").text(line));
    }

    /** A label, then a text of the directory in the handout's language or marked as Finnish; nothing when there is no text. */
    private void localized(Element parent, String tag, LocalizedText text, String label) {
        String value = text(text);
        if (value == null && label.isEmpty()) {
            return;
        }
        Element element = parent.appendElement(tag).appendText(label);
        if (value != null) {
            Element span = element.appendElement("span").text(value);
            if (!text.hasTranslation(locale) && !"fi".equals(locale.getLanguage())) {
                span.attr("lang", "fi");
                fellBack = true;
            }
        }
    }

    /** Directions and accessibility are written in Finnish only. */
    private void finnishOnly(Element block, String labelKey, String finnishText) {
        if (finnishText != null && !finnishText.isBlank()) {
            localized(block, "p", LocalizedText.of(finnishText), t(labelKey) + ": ");
        }
    }

    private String text(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String value = text.get(locale);
        return value == null || value.isBlank() ? null : value;
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
