package fi.ekokartta.search.ui;

import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceQuery;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search as a shareable address: /haku?q=velka&kunta=208&luokka=5.3&kohderyhma=nuoret&sivu=2.
 * Classes and target groups travel by their readable codes; the index knows them by id.
 */
final class SearchAddress {

    static final String TEXT = "q";
    static final String PAGE = "sivu";
    /** Address parameter of each facet field. */
    static final Map<String, String> PARAMETERS = Map.of(
            ServiceIndexFields.CLASS, "luokka", ServiceIndexFields.TARGET_GROUP, "kohderyhma",
            ServiceIndexFields.MUNICIPALITY, "kunta", ServiceIndexFields.LANGUAGE, "kieli",
            ServiceIndexFields.SECTOR, "sektori", ServiceIndexFields.CHANNEL, "kanava", ServiceIndexFields.COST, "maksu");

    private final Map<String, String> classIdByCode;
    private final Map<String, String> groupIdByCode;
    private final Map<String, String> classCodeById;
    private final Map<String, String> groupCodeById;

    SearchAddress(FacetCatalog catalog) {
        classIdByCode = catalog.classes().stream().collect(Collectors.toMap(FacetCatalog.Entry::code, FacetCatalog.Entry::value, (a, b) -> a));
        groupIdByCode = catalog.targetGroups().stream().collect(Collectors.toMap(FacetCatalog.Entry::code, FacetCatalog.Entry::value, (a, b) -> a));
        classCodeById = invert(classIdByCode);
        groupCodeById = invert(groupIdByCode);
    }

    ServiceQuery read(QueryParameters parameters, int pageSize, String language) {
        Map<String, List<String>> values = parameters.getParameters();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        PARAMETERS.forEach((field, name) -> {
            Set<String> chosen = new LinkedHashSet<>();
            values.getOrDefault(name, List.of()).forEach(value -> chosen.add(toIndex(field, value)));
            chosen.remove(null);
            if (!chosen.isEmpty()) {
                filters.put(field, chosen);
            }
        });
        String text = values.getOrDefault(TEXT, List.of("")).getFirst();
        int page = values.getOrDefault(PAGE, List.of("1")).stream().findFirst().map(SearchAddress::number).orElse(1);
        return new ServiceQuery(text, filters, Math.max(page, 1) - 1, pageSize, language);
    }

    /**
     * Class and target-group codes in the address that the taxonomy does not know, as
     * "luokka=99": {@link #read} leaves them out, and a view must say so rather than silently
     * show what it would show without them.
     */
    List<String> unknownCodes(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return List.of(ServiceIndexFields.CLASS, ServiceIndexFields.TARGET_GROUP).stream()
                .flatMap(field -> values.getOrDefault(PARAMETERS.get(field), List.of()).stream()
                        .filter(value -> toIndex(field, value) == null)
                        .map(value -> PARAMETERS.get(field) + "=" + value))
                .toList();
    }

    QueryParameters write(ServiceQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.text().isEmpty()) {
            parameters.put(TEXT, List.of(query.text()));
        }
        query.filters().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(PARAMETERS::get)))
                .forEach(filter -> parameters.put(PARAMETERS.get(filter.getKey()),
                        filter.getValue().stream().map(value -> toAddress(filter.getKey(), value)).sorted().toList()));
        if (query.page() > 0) {
            parameters.put(PAGE, List.of(String.valueOf(query.page() + 1)));
        }
        return new QueryParameters(parameters);
    }

    private String toIndex(String field, String value) {
        return switch (field) {
            case ServiceIndexFields.CLASS -> classIdByCode.get(value);
            case ServiceIndexFields.TARGET_GROUP -> groupIdByCode.get(value);
            default -> value;
        };
    }

    private String toAddress(String field, String value) {
        return switch (field) {
            case ServiceIndexFields.CLASS -> classCodeById.getOrDefault(value, value);
            case ServiceIndexFields.TARGET_GROUP -> groupCodeById.getOrDefault(value, value);
            default -> value;
        };
    }

    private static Map<String, String> invert(Map<String, String> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

}
