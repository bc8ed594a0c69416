package fi.ekokartta.exchange.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The import's messages from the application's fi/sv/en translations. Read here rather than
 * through Vaadin's provider because the command line and the seed at start report without a UI.
 * A key missing in Swedish or English falls back to Finnish, as in the UI.
 */
public final class ImportTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A message argument that is itself a translated text, such as the name of a JSON type. */
    public record Key(String key) {
    }

    private ImportTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String language = switch (locale.getLanguage()) {
            case "sv", "en" -> locale.getLanguage();
            default -> "fi";
        };
        String pattern = lookup(language, key);
        if (pattern == null) {
            pattern = lookup("fi", key);
        }
        if (pattern == null) {
            return "!" + key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Key nested ? text(locale, nested.key()) : args[i];
        }
        return new MessageFormat(pattern, Locale.of(language)).format(resolved);
    }

    private static String lookup(String language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.of(language),
                    ImportTexts.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
