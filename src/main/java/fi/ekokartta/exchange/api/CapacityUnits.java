package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.UnitDocument;
import fi.ekokartta.offering.CapacityUnit;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The HSDS units of Ekokartta's capacity figures: one per {@link CapacityUnit}, named as the
 * service editor names it (translations {@code capacity.unit.*}), in the scheme
 * {@value #SCHEME} with the enum name as identifier, so an import can tell the unit again.
 */
public final class CapacityUnits {

    public static final String SCHEME = "ekokartta-capacity-unit";
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CapacityUnits() {
    }

    static UnitDocument unit(CapacityUnit unit, ApiLanguage language) {
        return new UnitDocument(id(unit), name(unit, language.locale()), SCHEME, unit.name());
    }

    /** The same id for a unit in every response and every installation. */
    public static UUID id(CapacityUnit unit) {
        return StableIds.of("capacity-unit", unit.name());
    }

    /** The unit's name in fi, sv or en, as the service editor shows it; Finnish when untranslated. */
    public static String name(CapacityUnit unit, Locale locale) {
        String key = "capacity.unit." + unit.name();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, CapacityUnits.class.getClassLoader(),
                    NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        } catch (MissingResourceException untranslated) {
            // fall back to Finnish below
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.of("fi"), CapacityUnits.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
    }
}
