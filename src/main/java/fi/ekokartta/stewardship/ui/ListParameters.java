package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.Arrays;
import java.util.Optional;

/**
 * Filters a management list takes from its address, so that the dashboard can link to a narrowed
 * list (?tila=ARCHIVED&amp;myohassa): a choice by its constant's name, a flag by its presence. An
 * unknown value is left unchosen.
 */
final class ListParameters {

    static final String STATUS = "tila";
    static final String OVERDUE = "myohassa";
    static final String REPORTED = "ilmoitettu";
    static final String DUE_SOON = "erantyy";

    private ListParameters() {
    }

    static <E extends Enum<E>> Optional<E> choice(QueryParameters parameters, String name, Class<E> values) {
        return parameters.getSingleParameter(name).flatMap(value -> Arrays.stream(values.getEnumConstants())
                .filter(known -> known.name().equals(value)).findFirst());
    }

    static boolean flag(QueryParameters parameters, String name) {
        return parameters.getParameters().containsKey(name);
    }
}
