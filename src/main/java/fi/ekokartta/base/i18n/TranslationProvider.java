package fi.ekokartta.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * UI texts from {@code vaadin-i18n/translations_<fi|sv|en>.properties}. A key missing in Swedish
 * or English falls back to Finnish, never to the JVM's default locale, so a half-translated
 * text still reads sensibly to a Finnish-speaking user. Texts with parameters are
 * {@link MessageFormat} patterns.
 */
@Component
class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        Optional<String> pattern = lookup(language, key).or(() -> lookup(Language.DEFAULT, key));
        if (pattern.isEmpty()) {
            log.warn("No translation for key '{}'", key);
            return "!" + key;
        }
        return params.length == 0 ? pattern.get() : new MessageFormat(pattern.get(), language.locale()).format(params);
    }

    private Optional<String> lookup(Language language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()),
                    TranslationProvider.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
