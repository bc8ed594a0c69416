package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.ekokartta.taxonomy.ServiceTaxonomyService;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The classes of a service that the class tree does not offer: terms of another taxonomy than
 * ours, such as those of an HSDS import. They are listed read-only by name and taxonomy, each
 * with a remove button, and a save keeps those the user did not remove.
 */
class OtherClasses extends Div {

    private final Map<UUID, ServiceTaxonomyService.Term> shown = new LinkedHashMap<>();
    private final UnorderedList list = new UnorderedList();
    private final Runnable changed;

    OtherClasses(Runnable changed) {
        this.changed = changed;
        addClassName("other-classes");
        add(new Paragraph(getTranslation("editor.other-classes.title")), list);
        setVisible(false);
    }

    /** Shows the terms; an id the terms lack (not stored) is kept and shown by itself. */
    void setValue(Set<UUID> ids, List<ServiceTaxonomyService.Term> terms) {
        shown.clear();
        ids.forEach(id -> shown.put(id, new ServiceTaxonomyService.Term(id, null, null)));
        terms.stream().filter(term -> ids.contains(term.id())).forEach(term -> shown.put(term.id(), term));
        render();
    }

    Set<UUID> getValue() {
        return new LinkedHashSet<>(shown.keySet());
    }

    private void render() {
        list.removeAll();
        shown.values().forEach(term -> {
            String name = term.name() == null || term.name().get(getLocale()) == null ? term.id().toString()
                    : term.name().get(getLocale());
            Span label = new Span(term.taxonomy() == null ? name
                    : getTranslation("editor.other-classes.term", name, term.taxonomy()));
            Button remove = new Button(getTranslation("editor.other-classes.remove"), click -> {
                shown.remove(term.id());
                render();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("editor.other-classes.remove-named", name));
            list.add(new ListItem(label, remove));
        });
        setVisible(!shown.isEmpty());
    }
}
