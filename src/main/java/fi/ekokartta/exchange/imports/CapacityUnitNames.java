package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.CapacityUnits;
import fi.ekokartta.offering.CapacityUnit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells an HSDS unit as one of Ekokartta's capacity units: by identifier (the enum name, as our
 * export writes it), else by name — the service editor's names in fi/sv/en, or a common word for
 * it ("places", "paikkaa", "weeks"). Other units (beds, kilograms) are none of ours.
 */
final class CapacityUnitNames {

    private static final Map<String, CapacityUnit> WORDS = words();

    private CapacityUnitNames() {
    }

    static Optional<CapacityUnit> unit(String identifier, String name) {
        return Optional.ofNullable(identifier == null ? null : WORDS.get(normalized(identifier)))
                .or(() -> Optional.ofNullable(name == null ? null : WORDS.get(normalized(name))));
    }

    private static Map<String, CapacityUnit> words() {
        Map<String, CapacityUnit> words = new HashMap<>();
        for (CapacityUnit unit : CapacityUnit.values()) {
            words.put(normalized(unit.name()), unit);
            for (String language : new String[] {"fi", "sv", "en"}) {
                words.put(normalized(CapacityUnits.name(unit, Locale.of(language))), unit);
            }
        }
        for (String word : new String[] {"places", "place", "free places", "seats", "paikat", "paikkaa", "paikkoja",
                "vapaat paikat", "platser", "lediga platser"}) {
            words.put(word, CapacityUnit.PLACES);
        }
        for (String word : new String[] {"persons", "people", "queue", "people in queue", "henkilöä", "jonossa",
                "personer", "personer i kö"}) {
            words.put(word, CapacityUnit.QUEUE_PERSONS);
        }
        for (String word : new String[] {"weeks", "week", "waiting weeks", "viikkoa", "viikot", "jonotusaika",
                "veckor", "kötid"}) {
            words.put(word, CapacityUnit.QUEUE_WEEKS);
        }
        return Map.copyOf(words);
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
