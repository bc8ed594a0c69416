package fi.ekokartta.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Locale;

/** Date pickers that read and write dates as in Finland ("24.12.2026"), whatever the reader's language. */
public final class EditorDates {

    private EditorDates() {
    }

    public static DatePicker picker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("d.M.yyyy", "d.M.yy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder(switch (locale.getLanguage()) {
            case "sv" -> "d.m.åååå";
            case "en" -> "d.m.yyyy";
            default -> "p.k.vvvv";
        });
        return picker;
    }
}
