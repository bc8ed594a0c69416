package fi.ekokartta.exchange.excel;

import fi.ekokartta.base.i18n.Language;

import java.util.Map;

/** One choice of a drop-down: the value the exchange format uses (a code or an id) and its label in each language. */
record ListEntry(String value, Map<Language, String> labels) {

    ListEntry {
        labels = Map.copyOf(labels);
    }

    static ListEntry sameInEveryLanguage(String value, String label) {
        return new ListEntry(value, Map.of(Language.FI, label, Language.SV, label, Language.EN, label));
    }

    String label(Language language) {
        return labels.getOrDefault(language, labels.get(Language.FI));
    }
}
