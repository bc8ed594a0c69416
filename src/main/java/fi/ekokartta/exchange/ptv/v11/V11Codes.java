package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvFileException;

import java.util.Arrays;

/** Values of PTV's fixed code lists (charge type, area type, channel type) that must be known. */
final class V11Codes {

    private V11Codes() {
    }

    static void check(V11Object source, String field, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw unknown(source, field, value, allowed);
        }
    }

    static PtvFileException unknown(V11Object source, String field, String value, String... allowed) {
        String where = source.itemId() + " " + source.path(field);
        return new PtvFileException("ptv.error.unknown-code", "%s: '%s' is not a known value%s".formatted(where, value,
                allowed.length == 0 ? "" : " (" + String.join(", ", allowed) + ")"), where, value);
    }
}
