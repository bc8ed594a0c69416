package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.directory.CostText;
import fi.ekokartta.directory.ServicePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The body of a service card: first what a counsellor or citizen decides by — for whom, where,
 * how to get in, cost and languages — then, for professionals, how to refer; then the
 * description, the ways to get in touch with opening hours, and the contacts. The card page
 * (/palvelu/{id}) puts a header and a footer around it; the editor shows it as the live preview of
 * what it is editing.
 */
public class ServiceCard extends Div {

    public ServiceCard(ServicePage page, ContentLanguage content) {
        addClassName("service-card");
        String alert = content.text(page.alert());
        if (alert != null) {
            // A short-term notice ("ryhmä on täynnä") is what a counsellor must see before anything else.
            Paragraph notice = content.mark(new Paragraph(getTranslation("service.facts.alert") + ": " + alert), page.alert());
            notice.addClassName("service-alert");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }
        add(keyFacts(page, content));
        if (page.staff() != null) {
            add(staffSection(page.staff(), content));
        }
        description(page, content);
        channels(page, content);
        contacts(page.contacts());
    }

    static Anchor actorLink(ServicePage.ActorLink actor, ContentLanguage content) {
        return content.mark(new Anchor("toimija/" + actor.id(), content.text(actor.name())), actor.name());
    }

    private Section keyFacts(ServicePage page, ContentLanguage content) {
        TitledSection section = new TitledSection("service-facts-heading", getTranslation("service.facts.title"));
        section.addClassName("key-facts");
        DescriptionList facts = new DescriptionList();
        fact(facts, "service.facts.alternate-name", content.text(page.alternateName()), null);
        fact(facts, "service.facts.for-whom", join(page.targetGroups(), content), ages(page));
        fact(facts, "service.facts.where", join(page.municipalities(), content), null);
        fact(facts, "service.facts.areas", join(page.moreTerms().areas().stream()
                .map(area -> area.name().isEmpty() ? area.description() : area.name())
                .filter(name -> !name.isEmpty()).toList(), content), null);
        if (page.access() != null) {
            fact(facts, "service.facts.how", getTranslation("search.access." + page.access().name()),
                    content.text(page.howToGetThere()));
        }
        fact(facts, "service.facts.eligibility", content.text(page.eligibility()), null);
        // The editor's live preview shows a figure only once it has a unit and a number.
        page.capacities().stream().filter(capacity -> capacity.unit() != null && capacity.available() != null)
                .forEach(capacity -> capacityFact(facts, capacity, content));
        if (page.charge() != null) {
            fact(facts, "service.facts.cost", getTranslation("cost." + page.charge().name()), content.text(page.costDescription()));
        }
        costOptions(facts, page.costOptions(), content);
        requiredDocuments(facts, page.requiredDocuments(), content);
        fact(facts, "service.facts.languages", content.languageNames(page.languages()), null);
        fact(facts, "service.facts.interpretation", content.text(page.moreTerms().interpretationServices()), null);
        fact(facts, "service.facts.accreditations", content.text(page.moreTerms().accreditations()), null);
        fact(facts, "service.facts.program", page.programName() == null ? null : content.text(page.programName()), null);
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

    /** "Alle 18-vuotiaat: 35,00 € / tunti (voimassa 1.1.2026 – 31.12.2026)", one line a price. */
    private void costOptions(DescriptionList facts, List<OfferingContent.CostOption> costs, ContentLanguage content) {
        List<String> lines = costs.stream().map(cost -> costLine(cost, content)).filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return;
        }
        DescriptionList.Description description = new DescriptionList.Description();
        lines.forEach(line -> description.add(new Div(line)));
        facts.add(new DescriptionList.Term(getTranslation("service.facts.cost-options")), description);
    }

    private String costLine(OfferingContent.CostOption cost, ContentLanguage content) {
        return CostText.line(cost, content::text, getLocale(), this::getTranslation);
    }

    /** Each document by name, linked when it has an address. */
    private void requiredDocuments(DescriptionList facts, List<OfferingContent.Document> documents, ContentLanguage content) {
        DescriptionList.Description description = new DescriptionList.Description();
        for (OfferingContent.Document document : documents) {
            String name = document.document() == null ? null : content.text(document.document());
            if (name == null && document.uri() == null) {
                continue;
            }
            String label = name == null ? document.uri() : name;
            description.add(new Div(document.isWebAddress() ? new Anchor(document.uri(), label) : new Span(label)));
        }
        if (description.getChildren().findAny().isPresent()) {
            facts.add(new DescriptionList.Term(getTranslation("service.facts.required-documents")), description);
        }
    }

    /** "Vapaita paikkoja: 4/12 – syksyn ryhmä, päivitetty 1.12.2026", the note as plain text. */
    private void capacityFact(DescriptionList facts, OfferingContent.Capacity capacity, ContentLanguage content) {
        DescriptionList.Description description = new DescriptionList.Description(new Span(figure(capacity)));
        String detail = updated(capacity, content);
        if (!detail.isEmpty()) {
            Span more = new Span(" – " + detail);
            more.addClassName("capacity-detail");
            description.add(more);
        }
        facts.add(new DescriptionList.Term(getTranslation("capacity.unit." + capacity.unit().name())), description);
    }

    private String figure(OfferingContent.Capacity capacity) {
        return capacity.maximum() == null ? String.valueOf(capacity.available())
                : getTranslation("capacity.figure.of", capacity.available(), capacity.maximum());
    }

    /** The note and the day the figure last changed, so that a counsellor sees how fresh it is. */
    private String updated(OfferingContent.Capacity capacity, ContentLanguage content) {
        String note = capacity.description() == null ? null : content.text(capacity.description());
        String when = capacity.updated() == null ? null
                : getTranslation("capacity.updated", FinnishDates.date(FinnishDates.dayOf(capacity.updated())));
        return Stream.of(note, when).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
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
            card.add(new Paragraph(ChannelCard.phoneLink(contact.getPhone(), contact.getPhoneExtension(),
                    com.vaadin.flow.component.UI.getCurrent().getLocale())));
        }
        if (contact.getEmail() != null) {
            card.add(new Paragraph(new Anchor("mailto:" + contact.getEmail(), contact.getEmail())));
        }
        return card;
    }
}
