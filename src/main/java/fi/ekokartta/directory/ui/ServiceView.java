package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.ui.QrCode;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.guidance.ui.AddToShortlistButton;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.ui.ReportOutdatedButton;

import java.util.Optional;
import java.util.UUID;

/**
 * The service card (/palvelu/{id}): first what a counsellor or citizen decides by — for whom,
 * where, how to get in, cost and languages — then, for professionals, how to refer; then the
 * description, ways to get in touch with opening hours, contacts, and when the entry was last
 * assured. Prints as a clean one-pager with a QR code of its address. Opened from another page
 * of the application (not loaded afresh), focus moves to its heading: the link that opened it
 * is gone, and a screen reader should start reading from the service's name.
 */
@Route("palvelu")
@AnonymousAllowed
class ServiceView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicAddress publicAddress;
    private final ServicePageService pages;
    private final OutdatedReportService reports;
    private final ShortlistService shortlists;
    private String title = "";

    ServiceView(ServicePageService pages, OutdatedReportService reports, ShortlistService shortlists,
                PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.pages = pages;
        this.shortlists = shortlists;
        this.reports = reports;
        addClassNames("page", "entry-page", "service-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        ServicePage page = parse(parameter).flatMap(pages::find)
                .orElseThrow(() -> new NotFoundException("No service " + parameter));
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        title = content.text(page.name());
        H1 heading = FocusTarget.of(content.mark(new H1(title), page.name()));
        add(header(page, heading, content), new ServiceCard(page, content), footer(page));
        if (content.fellBack()) {
            Paragraph note = new Paragraph(getTranslation("entry.in-finnish-note"));
            note.addClassName("language-note");
            addComponentAtIndex(1, note);
        }
        if (event.getTrigger() != NavigationTrigger.PAGE_LOAD) {
            FocusTarget.focus(heading);
        }
    }

    static Optional<UUID> parse(String parameter) {
        try {
            return Optional.of(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Component header(ServicePage page, H1 heading, ContentLanguage content) {
        Div header = new Div();
        header.addClassName("entry-header");
        header.add(heading);
        if (page.status() == OfferingStatus.PUBLISHED && shortlists.isAvailable()) {
            header.add(new AddToShortlistButton(shortlists, page.id(), title));
        }
        if (page.status() != OfferingStatus.PUBLISHED) {
            Span status = new Span(getTranslation("entry.status." + page.status().name()));
            status.addClassName("status-badge");
            header.add(status);
        }
        if (page.provider() != null) {
            Paragraph provider = new Paragraph(getTranslation("service.provider") + ": ");
            provider.add(ServiceCard.actorLink(page.provider(), content));
            header.add(provider);
        }
        String summary = content.text(page.summary());
        if (summary != null) {
            Paragraph lead = content.mark(new Paragraph(summary), page.summary());
            lead.addClassName("lead");
            header.add(lead);
        }
        return header;
    }

    private Component footer(ServicePage page) {
        Div footer = new Div();
        footer.addClassName("entry-footer");
        Paragraph assured = new Paragraph(page.assuredDate() == null ? getTranslation("entry.assured.never")
                : getTranslation("entry.assured", FinnishDates.date(page.assuredDate())));
        assured.addClassName("assured");
        String address = publicAddress.of("palvelu/" + page.id());
        QrCode qr = new QrCode(address, getTranslation("entry.qr.alt", title));
        Paragraph link = new Paragraph(address);
        link.addClassName("print-only");
        Button print = new Button(getTranslation("entry.print"), click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("no-print");
        Div actions = new Div(print);
        if (page.status() == OfferingStatus.PUBLISHED) {
            actions.add(new ReportOutdatedButton(reports, EntryKind.SERVICE, page.id()));
        }
        actions.addClassNames("entry-actions", "no-print");
        footer.add(assured, qr, link, actions);
        return footer;
    }

    @Override
    public String getPageTitle() {
        return title + " – Ekokartta";
    }
}
