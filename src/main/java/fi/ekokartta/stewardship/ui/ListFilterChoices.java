package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.Function;

/** A management list's filter that picks one value, "all" when none is picked. */
final class ListFilterChoices {

    private ListFilterChoices() {
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
