package fi.ekokartta.exchange.seed;

import org.springframework.core.env.PropertyResolver;

import java.util.Locale;

/**
 * The language in which the seed's problems are shown to the person starting the application: the
 * import's language ({@code --ekokartta.import-language=fi|sv|en}) if given, else Finnish, the
 * application's default.
 */
final class SeedLanguage {

    static final String PROPERTY = "ekokartta.import-language";

    private SeedLanguage() {
    }

    static Locale of(PropertyResolver properties) {
        return Locale.of(properties.getProperty(PROPERTY, "fi"));
    }
}
