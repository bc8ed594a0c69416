package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistService;

/**
 * The client's handout (/palvelulista/{token}): the services her counsellor picked, in order, with
 * the counsellor's notes, how to get in and whom to contact. Public and read-only; prints cleanly.
 * An expired or unknown list is {@link HandoutNotFoundView}.
 */
@Route("palvelulista")
@AnonymousAllowed
class SharedShortlistView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicAddress publicAddress;
    private final ShortlistService shortlists;

    SharedShortlistView(ShortlistService shortlists, PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.shortlists = shortlists;
        addClassNames("page", "handout-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        ShortlistContent list = shortlists.shared(token).orElseThrow(() -> new HandoutNotFoundException(token));
        removeAll();
        add(new H1(getTranslation("handout.title")));
        show(list);
    }

    private void show(ShortlistContent list) {
        ContentLanguage content = new ContentLanguage(getLocale());
        Paragraph valid = new Paragraph(getTranslation("handout.valid",
                FinnishDates.date(list.expiresAt().atZone(FinnishDates.FINNISH_TIME).toLocalDate())));
        valid.addClassName("lead");
        Button print = new Button(getTranslation("entry.print"), click -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        add(valid, print);
        list.entries().forEach(entry -> add(entry(entry, content)));
        String address = publicAddress.of(ShortlistView.SHARED_ROUTE + list.shareToken());
        Div footer = new Div(new QrCode(address, getTranslation("shortlist.share.qr")), new Paragraph(address));
        footer.addClassName("entry-footer");
        add(footer);
        if (content.fellBack()) {
            Paragraph note = new Paragraph(getTranslation("entry.in-finnish-note"));
            note.addClassName("language-note");
            addComponentAtIndex(1, note);
        }
    }

    private Article entry(ShortlistContent.Entry entry, ContentLanguage content) {
        ServicePage service = entry.service();
        Article article = new Article();
        article.addClassName("handout-entry");
        H2 title = new H2(content.mark(new Anchor("palvelu/" + service.id(), content.text(service.name())), service.name()));
        article.add(title);
        if (entry.note() != null) {
            Paragraph note = new Paragraph(getTranslation("handout.note") + ": " + entry.note());
            note.addClassName("counsellor-note");
            article.add(note);
        }
        String summary = content.text(service.summary());
        if (summary != null) {
            article.add(content.mark(new Paragraph(summary), service.summary()));
        }
        if (service.provider() != null) {
            article.add(new Paragraph(getTranslation("service.provider") + ": " + content.text(service.provider().name())));
        }
        if (service.access() != null) {
            String how = content.text(service.howToGetThere());
            article.add(new Paragraph(getTranslation("service.facts.how") + ": "
                    + getTranslation("search.access." + service.access().name()) + (how == null ? "" : ". " + how)));
        }
        Div channels = new Div();
        channels.addClassName("channels");
        service.channels().forEach(channel -> channels.add(new ChannelCard(channel, content)));
        article.add(channels);
        return article;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handout.title") + " – Ekokartta";
    }
}
