package fi.ekokartta.search.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceQuery;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The facets beside the results: one group of checkboxes per facet, each value with the number of
 * services it would show. Values with no services are left out unless chosen. On a phone the
 * stylesheet folds them away behind a "Rajaa" button at the top of the results ({@link #toggle()}),
 * so that the results come first without the facets being read after all of them.
 */
class SearchFilters extends Composite<Aside> {

    private static final List<String> ORDER = List.of(ServiceIndexFields.MUNICIPALITY, ServiceIndexFields.CLASS,
            ServiceIndexFields.TARGET_GROUP, ServiceIndexFields.LANGUAGE, ServiceIndexFields.CHANNEL,
            ServiceIndexFields.COST, ServiceIndexFields.SECTOR);

    static final String ID = "search-filters";

    private final Button toggle = new Button();
    private final Map<String, CheckboxGroup<String>> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> names = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, List<String>> order = new HashMap<>();
    private final Map<String, List<String>> shown = new HashMap<>();
    private boolean updating;
    private boolean open;

    SearchFilters(FacetCatalog catalog, Locale locale, BiConsumer<String, Set<String>> onChange) {
        getContent().addClassName("search-filters");
        getContent().setId(ID);
        getContent().getElement().setAttribute("aria-labelledby", "search-filters-heading");
        H2 heading = new H2(getTranslation("search.filters.title"));
        heading.setId("search-filters-heading");
        getContent().add(heading);
        remember(ServiceIndexFields.CLASS, catalog.classes(), locale);
        remember(ServiceIndexFields.TARGET_GROUP, catalog.targetGroups(), locale);
        remember(ServiceIndexFields.MUNICIPALITY, catalog.municipalities(), locale);
        for (String field : ORDER) {
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + field));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addClassName("facet-" + field);
            group.addValueChangeListener(event -> {
                if (!updating && event.isFromClient()) {
                    onChange.accept(field, event.getValue());
                }
            });
            groups.put(field, group);
            getContent().add(group);
        }
        toggle.addClassNames("filters-toggle", "no-print");
        toggle.getElement().setAttribute("aria-controls", ID);
        toggle.addClickListener(click -> setOpen(!open));
        setOpen(false);
    }

    /** The button that opens and closes the facets on a phone; the stylesheet hides it on wider screens. */
    Button toggle() {
        return toggle;
    }

    private void setOpen(boolean opened) {
        open = opened;
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(opened));
        getContent().getClassNames().set("open", opened);
    }

    /**
     * New values make new checkboxes; the same values only get new counts, so that the checkbox
     * just ticked keeps the keyboard focus (each facet is counted without its own choice, so its
     * values stay the same).
     */
    void show(ServiceQuery query, Map<String, Map<String, Long>> facets) {
        updating = true;
        groups.forEach((field, group) -> {
            Map<String, Long> counts = facets.getOrDefault(field, Map.of());
            Set<String> chosen = query.filters().getOrDefault(field, Set.of());
            List<String> values = order.getOrDefault(field, counts.keySet().stream().sorted().toList()).stream()
                    .filter(value -> counts.getOrDefault(value, 0L) > 0 || chosen.contains(value)).toList();
            if (!values.equals(shown.put(field, values))) {
                group.setItems(values);
            }
            group.setItemLabelGenerator(value -> label(field, value) + " (" + counts.getOrDefault(value, 0L) + ")");
            group.setValue(chosen);
            group.setVisible(!values.isEmpty());
        });
        updating = false;
        int chosen = query.filters().values().stream().mapToInt(Set::size).sum();
        toggle.setText(chosen == 0 ? getTranslation("search.filters.toggle")
                : getTranslation("search.filters.toggle.chosen", chosen));
    }

    String municipalityName(String code) {
        return names.get(ServiceIndexFields.MUNICIPALITY).getOrDefault(code, code);
    }

    private String label(String field, String value) {
        String name = names.getOrDefault(field, Map.of()).get(value);
        if (name != null) {
            return depth.getOrDefault(value, 0) > 0 ? "– " + name : name;
        }
        return switch (field) {
            case ServiceIndexFields.LANGUAGE -> Locale.of(value).getDisplayLanguage(getLocale());
            case ServiceIndexFields.SECTOR -> getTranslation("sector." + value);
            case ServiceIndexFields.CHANNEL -> getTranslation("channel." + value);
            case ServiceIndexFields.COST -> getTranslation("cost." + value);
            default -> value;
        };
    }

    private void remember(String field, List<FacetCatalog.Entry> entries, Locale locale) {
        Map<String, String> byValue = new HashMap<>();
        entries.forEach(entry -> {
            byValue.put(entry.value(), entry.name().get(locale));
            depth.put(entry.value(), entry.depth());
        });
        names.put(field, byValue);
        order.put(field, entries.stream().map(FacetCatalog.Entry::value).toList());
    }
}
