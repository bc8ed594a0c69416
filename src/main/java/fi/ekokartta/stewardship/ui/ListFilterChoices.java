package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.select.Select;

import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.stewardship.OrganizationChoice;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A management list's filter that picks one value, "all" when none is picked. */
final class ListFilterChoices {

    private ListFilterChoices() {
    }

    /** Organizations by id, named in the reader's language and alphabetical order. */
    static Map<UUID, String> organizations(List<OrganizationChoice> choices, Locale locale) {
        Map<UUID, String> organizations = new LinkedHashMap<>();
        choices.stream().map(choice -> Map.entry(choice.id(), choice.name().get(locale)))
                .sorted(Map.Entry.comparingByValue(Collator.getInstance(locale)))
                .forEach(choice -> organizations.put(choice.getKey(), choice.getValue()));
        return organizations;
    }

    /** Municipalities by code, the employment area's first, named in the reader's language. */
    static Map<String, String> municipalities(FacetCatalog catalog, Locale locale) {
        Map<String, String> municipalities = new LinkedHashMap<>();
        catalog.municipalities().forEach(entry -> municipalities.put(entry.code(), entry.name().get(locale)));
        return municipalities;
    }

    static <T> void configure(Select<T> select, String label, List<T> values, Function<T, String> name) {
        String all = select.getTranslation("managed.filter.all");
        select.setLabel(select.getTranslation(label));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? all : name.apply(value));
    }
}
