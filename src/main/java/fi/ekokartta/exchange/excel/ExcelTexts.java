package fi.ekokartta.exchange.excel;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;

/** The application's translations in the one language a workbook is written in. */
record ExcelTexts(I18NProvider i18n, Language language) {

    String get(String key, Object... arguments) {
        return i18n.getTranslation(key, language.locale(), arguments);
    }
}
