package fi.ekokartta.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void every_finnish_text_has_a_swedish_and_an_english_translation() throws IOException {
        Properties finnish = bundle("fi");
        for (String language : new String[]{"sv", "en"}) {
            Properties translated = bundle(language);
            assertEquals(finnish.stringPropertyNames(), translated.stringPropertyNames(), "keys of " + language);
            translated.stringPropertyNames().forEach(key ->
                    assertTrue(!translated.getProperty(key).isBlank(), language + ": " + key));
        }
    }

    @Test
    void texts_come_in_the_requested_language_with_parameters_filled_in() {
        assertEquals("Hitta rätt tjänst", provider.getTranslation("front.title", Language.SV.locale()));
        assertEquals("Kirjautuneena: Maija", provider.getTranslation("account.signed-in-as", Language.FI.locale(), "Maija"));
    }

    @Test
    void unsupported_languages_get_finnish() {
        assertEquals("Löydä oikea palvelu", provider.getTranslation("front.title", Locale.GERMAN));
    }

    @Test
    void finnish_comes_first_among_the_provided_locales() {
        assertEquals(Language.FI.locale(), provider.getProvidedLocales().getFirst());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationProviderTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
