package fi.ekokartta.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.ekokartta.search.ServiceCard;

/**
 * One result as a counsellor scans it: the service's name (a link to its card), who provides it,
 * where, how the client gets there, and the words that matched.
 */
class ResultCard extends ListItem {

    static final String SERVICE_ROUTE = "palvelu/";

    /** {@code action} is shown beside the name (e.g. "add to the client's list"), or null for none. */
    ResultCard(ServiceCard card, Component action) {
        addClassName("result-card");
        H2 title = new H2(new Anchor(SERVICE_ROUTE + card.id(), card.name()));
        title.addClassName("result-title");
        if (action == null) {
            add(title);
        } else {
            Div heading = new Div(title, action);
            heading.addClassName("result-heading");
            add(heading);
        }
        if (!card.translated()) {
            Span note = new Span(getTranslation("search.card.in-finnish"));
            note.addClassName("language-note");
            note.getElement().setAttribute("lang", getLocale().getLanguage());
            add(note);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("result-facts");
        add(facts);
        fact(facts, "search.card.provider", card.providerName());
        fact(facts, "search.card.where", String.join(", ", card.municipalities()));
        if (card.access() != null) {
            fact(facts, "search.card.how", getTranslation("search.access." + card.access().name())
                    + (card.howToGetThere() == null ? "" : ". " + card.howToGetThere()));
        }
        if (card.snippet() != null) {
            add(new Html("<p class=\"snippet\">" + card.snippet() + "</p>"));
        } else if (card.summary() != null) {
            add(new Paragraph(card.summary()));
        }
    }

    private void fact(DescriptionList facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }
}
