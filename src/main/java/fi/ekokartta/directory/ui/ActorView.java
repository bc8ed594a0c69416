package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.directory.ActorPage;
import fi.ekokartta.directory.ActorPageService;
import fi.ekokartta.ecosystem.RelationshipEditing;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.ui.ReportOutdatedButton;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The actor page (/toimija/{id}): who they are, their services, roles, relationships and contacts. */
@Route("toimija")
@AnonymousAllowed
class ActorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ActorPageService pages;
    private final OutdatedReportService reports;
    private final RelationshipEditing relationshipEditing;
    private String title = "";

    ActorView(ActorPageService pages, OutdatedReportService reports, RelationshipEditing relationshipEditing) {
        this.relationshipEditing = relationshipEditing;
        this.pages = pages;
        this.reports = reports;
        addClassNames("page", "entry-page", "actor-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        ActorPage page = ServiceView.parse(parameter).flatMap(pages::find)
                .orElseThrow(() -> new NotFoundException("No actor " + parameter));
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        title = content.text(page.name());
        Div header = new Div(content.mark(new H1(title), page.name()));
        header.addClassName("entry-header");
        if (page.sector() != null) {
            Span sector = new Span(getTranslation("sector." + page.sector().name()));
            sector.addClassName("sector-badge");
            header.add(sector);
        }
        String description = content.text(page.description());
        if (description != null) {
            RichTextBlock lead = content.mark(new RichTextBlock(description), page.description());
            lead.addClassName("lead");
            header.add(lead);
        }
        add(header, facts(page, content), services(page, content));
        if (!page.roles().isEmpty()) {
            add(roles(page, content));
        }
        if (!page.relationships().isEmpty()) {
            add(relationships(page, content));
        }
        contacts("actor-contacts-heading", "actor.contacts", page.contacts());
        contacts("actor-staff-contacts-heading", "actor.staff-contacts", page.staffContacts());
        Div actions = new Div(new ReportOutdatedButton(reports, EntryKind.ACTOR, page.id()));
        actions.addClassNames("entry-actions", "no-print");
        add(actions);
        if (content.fellBack()) {
            Paragraph note = new Paragraph(getTranslation("entry.in-finnish-note"));
            note.addClassName("language-note");
            addComponentAtIndex(1, note);
        }
    }

    private DescriptionList facts(ActorPage page, ContentLanguage content) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("key-facts");
        fact(facts, "actor.municipalities", String.join(", ",
                page.municipalities().stream().map(content::text).filter(Objects::nonNull).sorted().toList()));
        fact(facts, "actor.business-id", page.businessId());
        if (page.parent() != null) {
            facts.add(new DescriptionList.Term(getTranslation("actor.parent")), new DescriptionList.Description(
                    new Anchor("toimija/" + page.parent().id(), content.text(page.parent().name()))));
        }
        if (page.website() != null) {
            facts.add(new DescriptionList.Term(getTranslation("actor.website")),
                    new DescriptionList.Description(new Anchor(page.website(), page.website())));
        }
        if (!page.websites().isEmpty()) {
            Div links = new Div();
            links.addClassName("actor-websites");
            page.websites().forEach(w -> links.add(new Div(new Anchor(w.url(), w.label() == null ? w.url() : w.label()))));
            facts.add(new DescriptionList.Term(getTranslation("actor.websites")), new DescriptionList.Description(links));
        }
        if (page.phone() != null) {
            facts.add(new DescriptionList.Term(getTranslation("actor.phone")), new DescriptionList.Description(
                    new Anchor("tel:" + page.phone().replace(" ", ""), page.phone())));
        }
        if (page.email() != null) {
            facts.add(new DescriptionList.Term(getTranslation("actor.email")),
                    new DescriptionList.Description(new Anchor("mailto:" + page.email(), page.email())));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private TitledSection services(ActorPage page, ContentLanguage content) {
        TitledSection section = new TitledSection("actor-services-heading",
                getTranslation("actor.services", page.services().size()));
        if (page.services().isEmpty()) {
            section.add(new Paragraph(getTranslation("actor.services.none")));
            return section;
        }
        UnorderedList list = entryList();
        page.services().forEach(service -> list.add(item(content.mark(new Anchor("palvelu/" + service.id(),
                content.text(service.name())), service.name()), service.summary(), content)));
        section.add(list);
        return section;
    }

    private TitledSection roles(ActorPage page, ContentLanguage content) {
        TitledSection section = new TitledSection("actor-roles-heading", getTranslation("actor.roles"));
        UnorderedList list = entryList();
        page.roles().forEach(role -> list.add(item(new H3(content.mark(new Anchor("roolit/" + role.roleId(),
                content.text(role.role())), role.role())), role.responsibilities(), content)));
        section.add(list);
        return section;
    }

    /**
     * Yhteistyökumppanit: each neighbour with the relationship phrased from this actor's side and an
     * arrow for its direction (hidden from screen readers, the words say it), and a link to the network.
     */
    private TitledSection relationships(ActorPage page, ContentLanguage content) {
        TitledSection section = new TitledSection("actor-relationships-heading", getTranslation("actor.neighbours"));
        UnorderedList list = entryList();
        list.addClassName("actor-neighbours");
        page.relationships().forEach(link -> {
            String verb = getTranslation("network.neighbour." + link.type().name() + (link.outgoing() ? ".out" : ".in"));
            Span arrow = new Span(link.outgoing() ? " → " : " ← ");
            arrow.getElement().setAttribute("aria-hidden", "true");
            Span head = new Span(new Span(verb), arrow,
                    content.mark(new Anchor("toimija/" + link.other().id(), content.text(link.other().name())), link.other().name()));
            head.addClassName("neighbour");
            list.add(item(head, link.description(), content));
        });
        Paragraph links = new Paragraph(new Anchor("verkosto", getTranslation("actor.neighbours.network")));
        if (relationshipEditing.mayEditFrom(page.id())) {
            Anchor edit = new Anchor("verkosto?toimija=" + page.id(), getTranslation("actor.neighbours.edit"));
            edit.addClassName("actor-neighbours-edit");
            links.add(new Span(" · "), edit);
        }
        section.add(list, links);
        return section;
    }

    private static UnorderedList entryList() {
        UnorderedList list = new UnorderedList();
        list.addClassName("entry-list");
        return list;
    }

    /** A list entry: what it is, and below it its text in the reader's language when there is one. */
    private static ListItem item(Component head, LocalizedText detail, ContentLanguage content) {
        ListItem item = new ListItem(head);
        String text = content.text(detail);
        if (text != null) {
            item.add(content.mark(new Paragraph(text), detail));
        }
        return item;
    }

    private void contacts(String id, String key, List<ContactDetails> contacts) {
        if (!contacts.isEmpty()) {
            TitledSection section = new TitledSection(id, getTranslation(key));
            contacts.forEach(contact -> section.add(ServiceCard.contactCard(contact)));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Ekokartta";
    }
}
