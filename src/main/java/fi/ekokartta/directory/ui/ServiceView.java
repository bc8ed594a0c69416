package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.ui.QrCode;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.guidance.ui.AddToShortlistButton;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.ui.ReportOutdatedButton;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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
        add(header(page, heading, content), keyFacts(page, content));
        if (page.staff() != null) {
            add(staffSection(page.staff(), content));
        }
        description(page, content);
        channels(page, content);
        contacts(page.contacts());
        add(footer(page));
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
            provider.add(actorLink(page.provider(), content));
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

    private Anchor actorLink(ServicePage.ActorLink actor, ContentLanguage content) {
        return content.mark(new Anchor("toimija/" + actor.id(), content.text(actor.name())), actor.name());
    }

    private Section keyFacts(ServicePage page, ContentLanguage content) {
        TitledSection section = new TitledSection("service-facts-heading", getTranslation("service.facts.title"));
        section.addClassName("key-facts");
        DescriptionList facts = new DescriptionList();
        fact(facts, "service.facts.for-whom", join(page.targetGroups(), content), ages(page));
        fact(facts, "service.facts.where", join(page.municipalities(), content), null);
        if (page.access() != null) {
            fact(facts, "service.facts.how", getTranslation("search.access." + page.access().name()),
                    content.text(page.howToGetThere()));
        }
        fact(facts, "service.facts.eligibility", content.text(page.eligibility()), null);
        if (page.charge() != null) {
            fact(facts, "service.facts.cost", getTranslation("cost." + page.charge().name()), content.text(page.costDescription()));
        }
        fact(facts, "service.facts.languages", content.languageNames(page.languages()), null);
        fact(facts, "service.facts.classes", join(page.classes(), content), null);
        if (page.validFrom() != null || page.validTo() != null) {
            fact(facts, "service.facts.valid", (page.validFrom() == null ? "" : FinnishDates.date(page.validFrom()))
                    + " – " + (page.validTo() == null ? "" : FinnishDates.date(page.validTo())), null);
        }
        if (!page.coProducers().isEmpty()) {
            DescriptionList.Description partners = new DescriptionList.Description();
            page.coProducers().forEach(actor -> partners.add(actorLink(actor, content), new Span(" ")));
            facts.add(new DescriptionList.Term(getTranslation("service.facts.partners")), partners);
        }
        section.add(facts);
        return section;
    }

    private String ages(ServicePage page) {
        if (page.minimumAge() == null && page.maximumAge() == null) {
            return null;
        }
        if (page.maximumAge() == null) {
            return getTranslation("service.facts.age-from", page.minimumAge());
        }
        if (page.minimumAge() == null) {
            return getTranslation("service.facts.age-to", page.maximumAge());
        }
        return getTranslation("service.facts.age-between", page.minimumAge(), page.maximumAge());
    }

    private void fact(DescriptionList facts, String key, String value, String detail) {
        boolean hasValue = value != null && !value.isBlank();
        boolean hasDetail = detail != null && !detail.isBlank();
        if (!hasValue && !hasDetail) {
            return;
        }
        DescriptionList.Description description = new DescriptionList.Description();
        if (hasValue) {
            description.add(new Span(value));
        }
        if (hasDetail) {
            RichTextBlock more = new RichTextBlock(detail);
            more.addClassName("fact-detail");
            description.add(more);
        }
        facts.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    private static String join(List<LocalizedText> texts, ContentLanguage content) {
        return String.join(", ", texts.stream().map(content::text).filter(Objects::nonNull).sorted().toList());
    }

    private Aside staffSection(ServicePage.StaffContent staff, ContentLanguage content) {
        Aside aside = new Aside();
        aside.addClassName("staff-only");
        aside.getElement().setAttribute("aria-labelledby", "staff-heading");
        H2 heading = new H2(getTranslation("service.staff.title"));
        heading.setId("staff-heading");
        aside.add(heading);
        text(aside, "service.staff.referral", staff.referralInstructions(), content);
        text(aside, "service.staff.note", staff.internalNote(), content);
        if (!staff.contacts().isEmpty()) {
            aside.add(new H3(getTranslation("service.staff.contacts")));
            staff.contacts().forEach(contact -> aside.add(contactCard(contact)));
        }
        String responsible = content.text(staff.responsibleActor());
        if (responsible != null) {
            StringBuilder who = new StringBuilder(responsible);
            if (staff.responsiblePerson() != null) {
                who.append(", ").append(staff.responsiblePerson());
            }
            if (staff.responsibleEmail() != null) {
                who.append(", ").append(staff.responsibleEmail());
            }
            aside.add(new Paragraph(getTranslation("service.staff.responsible") + ": " + who));
        }
        return aside;
    }

    private void text(Component parent, String headingKey, LocalizedText text, ContentLanguage content) {
        String value = content.text(text);
        if (value != null) {
            parent.getElement().appendChild(new H3(getTranslation(headingKey)).getElement(),
                    content.mark(new RichTextBlock(value), text).getElement());
        }
    }

    private void description(ServicePage page, ContentLanguage content) {
        String description = content.text(page.description());
        if (description != null) {
            TitledSection section = new TitledSection("service-description-heading", getTranslation("service.description"));
            section.add(content.mark(new RichTextBlock(description), page.description()));
            add(section);
        }
    }

    private void channels(ServicePage page, ContentLanguage content) {
        if (page.channels().isEmpty()) {
            return;
        }
        TitledSection section = new TitledSection("service-channels-heading", getTranslation("service.channels"));
        section.addClassName("channels");
        page.channels().forEach(channel -> section.add(new ChannelCard(channel, content)));
        add(section);
    }

    private void contacts(List<ContactDetails> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        TitledSection section = new TitledSection("service-contacts-heading", getTranslation("service.contacts"));
        contacts.forEach(contact -> section.add(contactCard(contact)));
        add(section);
    }

    /** Name, title and department once each: role-based contacts often have the same name and title. */
    static Div contactCard(ContactDetails contact) {
        Div card = new Div();
        card.addClassName("contact-card");
        List<String> lines = new ArrayList<>();
        Stream.of(contact.getName(), contact.getTitle(), contact.getDepartment())
                .filter(Objects::nonNull).map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> lines.stream().noneMatch(line::equalsIgnoreCase))
                .forEach(lines::add);
        if (!lines.isEmpty()) {
            card.add(new Paragraph(String.join(", ", lines)));
        }
        if (contact.getPhone() != null) {
            card.add(new Paragraph(new Anchor("tel:" + contact.getPhone().replace(" ", ""), contact.getPhone())));
        }
        if (contact.getEmail() != null) {
            card.add(new Paragraph(new Anchor("mailto:" + contact.getEmail(), contact.getEmail())));
        }
        return card;
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
