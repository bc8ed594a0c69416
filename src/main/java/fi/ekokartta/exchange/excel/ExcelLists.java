package fi.ekokartta.exchange.excel;

import fi.ekokartta.base.i18n.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closed lists of one moment, as the template offers them and the reader checks them. A cell
 * may hold a choice's label in any of the three languages (a Swedish template can be filled and
 * read like a Finnish one) or the value itself (a municipality code, an id). Labels that two
 * choices share get the value in brackets, so every label names one choice.
 */
final class ExcelLists {

    private final Map<ClosedList, List<ListEntry>> entries = new EnumMap<>(ClosedList.class);
    private final Map<ClosedList, Map<String, String>> valuesByText = new EnumMap<>(ClosedList.class);

    ExcelLists(Map<ClosedList, List<ListEntry>> lists) {
        lists.forEach((list, choices) -> entries.put(list, distinctLabels(choices)));
        entries.forEach((list, choices) -> valuesByText.put(list, index(choices)));
    }

    List<ListEntry> entries(ClosedList list) {
        return entries.getOrDefault(list, List.of());
    }

    /** The value a cell's text names in the list, whatever the language of the label. */
    Optional<String> valueOf(ClosedList list, String text) {
        return Optional.ofNullable(valuesByText.getOrDefault(list, Map.of()).get(normalized(text)));
    }

    /** The label of a value in a language, or the value itself when the list has no such choice. */
    String label(ClosedList list, String value, Language language) {
        return entries(list).stream().filter(entry -> entry.value().equals(value)).findFirst()
                .map(entry -> entry.label(language)).orElse(value);
    }

    private static List<ListEntry> distinctLabels(List<ListEntry> choices) {
        List<ListEntry> distinct = new ArrayList<>();
        for (ListEntry choice : choices) {
            Map<Language, String> labels = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String label = choice.label(language);
                boolean shared = choices.stream()
                        .anyMatch(other -> other != choice && normalized(other.label(language)).equals(normalized(label)));
                labels.put(language, shared ? label + " (" + choice.value() + ")" : label);
            }
            distinct.add(new ListEntry(choice.value(), labels));
        }
        return List.copyOf(distinct);
    }

    private static Map<String, String> index(List<ListEntry> choices) {
        Map<String, String> index = new HashMap<>();
        for (ListEntry choice : choices) {
            index.putIfAbsent(normalized(choice.value()), choice.value());
        }
        for (ListEntry choice : choices) {
            choice.labels().values().forEach(label -> index.putIfAbsent(normalized(label), choice.value()));
        }
        return index;
    }

    static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
