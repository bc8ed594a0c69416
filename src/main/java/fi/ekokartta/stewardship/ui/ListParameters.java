package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import java.util.Arrays;
import java.util.Optional;

/**
 * Filters a management list takes from its address, so that the dashboard can link to a narrowed
 * list (?tila=ARCHIVED&amp;myohassa): a choice by its constant's name, an organization by its id, a
 * municipality or class by its code, a flag by its presence. An unknown value is left unchosen.
 */
final class ListParameters {

    static final String STATUS = "tila";
    static final String OVERDUE = "myohassa";
    static final String REPORTED = "ilmoitettu";
    static final String DUE_SOON = "erantyy";
    static final String ORGANIZATION = "organisaatio";
    static final String MUNICIPALITY = "kunta";
    static final String CLASS = "luokka";
    static final String RESPONSIBLE = "vastuuhenkilo";

    private ListParameters() {
    }

    static <E extends Enum<E>> Optional<E> choice(QueryParameters parameters, String name, Class<E> values) {
        return parameters.getSingleParameter(name).flatMap(value -> Arrays.stream(values.getEnumConstants())
                .filter(known -> known.name().equals(value)).findFirst());
    }

    /** A value of a choice, if the address gives one the choice offers. */
    static <T> Optional<T> offered(QueryParameters parameters, String name, Function<String, T> parse, Select<T> choice) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.ofNullable(parse.apply(value));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).filter(value -> choice.getListDataView().contains(value));
    }

    /** A list's address with the filters, values encoded; a flag is a name without a value. */
    static String link(String route, Map<String, String> filters) {
        StringJoiner query = new StringJoiner("&", route + "?", "");
        filters.forEach((name, value) -> query.add(value == null ? name : name + "=" + encode(value)));
        return query.toString();
    }

    /** Spaces as %20, which every decoder reads as a space (a plus sign is a space only in forms). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean flag(QueryParameters parameters, String name) {
        return parameters.getParameters().containsKey(name);
    }
}
