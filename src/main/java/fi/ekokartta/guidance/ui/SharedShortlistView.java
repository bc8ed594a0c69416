package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.ui.QrCode;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ui.ChannelCard;
import fi.ekokartta.guidance.Handout;
import fi.ekokartta.guidance.HandoutFacts;
import fi.ekokartta.guidance.HandoutService;

import java.util.Locale;

/**
 * The client's handout (/palvelulista/{token}): the services her counsellor picked, in order, with
 * the counsellor's notes, how to get in and whom to contact. Public and read-only; prints cleanly
 * and comes as a PDF too. Written in the language the counsellor chose for the client, whatever
 * the reader's interface language, and with only the offices in the client's municipality when
 * one was chosen. An expired or unknown list is {@link HandoutNotFoundView}.
 */
@Route("palvelulista")
@AnonymousAllowed
class SharedShortlistView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicAddress publicAddress;
    private final HandoutService handouts;
    private Locale locale;

    SharedShortlistView(HandoutService handouts, PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.handouts = handouts;
        addClassNames("page", "handout-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Handout handout = handouts.handout(token).orElseThrow(() -> new HandoutNotFoundException(token));
        removeAll();
        show(handout);
    }

    private void show(Handout handout) {
        locale = handout.language().locale();
        getElement().setAttribute("lang", handout.language().code());
        ContentLanguage content = new ContentLanguage(locale);
        Paragraph valid = new Paragraph(t("handout.valid",
                FinnishDates.date(handout.expiresAt().atZone(FinnishDates.FINNISH_TIME).toLocalDate())));
        valid.addClassName("lead");
        add(new H1(t("handout.title")), valid);
        if (handout.municipality() != null) {
            add(new Paragraph(t("handout.municipality", handout.municipality().name().get(locale))));
        }
        add(actions(handout));
        handout.entries().forEach(entry -> add(entry(entry, handout, content)));
        String address = publicAddress.of(ShortlistView.SHARED_ROUTE + handout.shareToken());
        Div footer = new Div(new QrCode(address, t("shortlist.share.qr")), new Paragraph(address));
        footer.addClassName("entry-footer");
        add(footer);
        if (content.fellBack()) {
            Paragraph note = new Paragraph(t("entry.in-finnish-note"));
            note.addClassName("language-note");
            addComponentAtIndex(1, note);
        }
    }

    private Div actions(Handout handout) {
        Button print = new Button(t("entry.print"), click -> getElement().executeJs("window.print()"));
        Anchor pdf = pdfLink(handout.shareToken(), t("handout.pdf"));
        Div actions = new Div(print, pdf);
        actions.addClassNames("handout-actions", "no-print");
        return actions;
    }

    /**
     * The handout's PDF file ({@code HandoutPdfController}), downloaded by the browser: the router
     * must not take the address for a view.
     */
    static Anchor pdfLink(String token, String label) {
        Anchor pdf = new Anchor(ShortlistView.SHARED_ROUTE + token + ".pdf", label);
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", "");
        pdf.addClassName("pdf-link");
        return pdf;
    }

    private Article entry(Handout.Entry entry, Handout handout, ContentLanguage content) {
        ServicePage service = entry.service();
        Article article = new Article();
        article.addClassName("handout-entry");
        H2 title = new H2(content.mark(new Anchor("palvelu/" + service.id(), content.text(service.name())), service.name()));
        article.add(title);
        HandoutFacts facts = HandoutFacts.of(service, content::text, locale, this::t);
        if (facts.alert() != null) {
            Paragraph alert = content.mark(new Paragraph(t("service.facts.alert") + ": " + facts.alert()), service.alert());
            alert.addClassName("service-alert");
            alert.getElement().setAttribute("role", "note");
            article.add(alert);
        }
        if (entry.note() != null) {
            Paragraph note = new Paragraph(t("handout.note") + ": " + entry.note());
            note.addClassName("counsellor-note");
            article.add(note);
        }
        String summary = content.text(service.summary());
        if (summary != null) {
            article.add(content.mark(new Paragraph(summary), service.summary()));
        }
        if (service.provider() != null) {
            article.add(new Paragraph(t("service.provider") + ": " + content.text(service.provider().name())));
        }
        if (service.access() != null) {
            String how = content.text(service.howToGetThere());
            article.add(new Paragraph(t("service.facts.how") + ": "
                    + t("search.access." + service.access().name()) + (how == null ? "" : ". " + how)));
        }
        if (!facts.prices().isEmpty()) {
            UnorderedList prices = new UnorderedList();
            facts.prices().forEach(line -> prices.add(new ListItem(line)));
            article.add(new Paragraph(t("service.facts.cost-options") + ":"), prices);
        }
        if (!facts.documents().isEmpty()) {
            UnorderedList documents = new UnorderedList();
            facts.documents().forEach(document -> documents.add(new ListItem(
                    document.link() ? new Anchor(document.uri(), document.name()) : new Span(document.name()))));
            article.add(new Paragraph(t("service.facts.required-documents") + ":"), documents);
        }
        if (entry.noOfficeInMunicipality()) {
            Paragraph none = new Paragraph(t("handout.no-office", handout.municipality().name().get(locale)));
            none.addClassName("no-office");
            article.add(none);
        }
        Div channels = new Div();
        channels.addClassName("channels");
        entry.channels().forEach(channel -> channels.add(new ChannelCard(channel, content)));
        article.add(channels);
        return article;
    }

    /** Texts of the handout in its own language, not the reader's interface language. */
    private String t(String key, Object... parameters) {
        return getTranslation(locale, key, parameters);
    }

    @Override
    public String getPageTitle() {
        return t("handout.title") + " – Ekokartta";
    }
}
