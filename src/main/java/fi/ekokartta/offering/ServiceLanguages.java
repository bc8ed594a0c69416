package fi.ekokartta.offering;

import java.util.List;

/** The languages a service is offered in that editors choose from (ISO 639-1), in the order shown. */
public final class ServiceLanguages {

    public static final List<String> CODES = List.of("fi", "sv", "en", "se", "ru", "et", "uk", "ar", "so", "fa",
            "ku", "tr", "zh", "vi", "th", "fr", "de", "es");

    private ServiceLanguages() {
    }
}
