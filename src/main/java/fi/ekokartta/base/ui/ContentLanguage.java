package fi.ekokartta.base.ui;

import com.vaadin.flow.component.HasElement;
import fi.ekokartta.base.domain.LocalizedText;

import java.util.List;
import java.util.Locale;

/**
 * Content in the reader's language, or in Finnish when it has not been translated: the Finnish
 * text is then marked lang="fi" (screen readers switch voice), and the page remembers that it
 * should show its "only in Finnish" note.
 */
public class ContentLanguage {

    private final Locale locale;
    private boolean fellBack;

    public ContentLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The text to show, or null when there is none in any language. */
    public String text(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String value = text.get(locale);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value;
    }

    /** Sets the component's text language when it shows a Finnish fallback. */
    public <T extends HasElement> T mark(T component, LocalizedText text) {
        if (text != null && !text.isEmpty() && !text.hasTranslation(locale) && !"fi".equals(locale.getLanguage())) {
            component.getElement().setAttribute("lang", "fi");
            fellBack = true;
        }
        return component;
    }

    /** Language codes (fi, sv, en, ...) as names in the reader's language: "suomi, ruotsi". */
    public String languageNames(List<String> codes) {
        return String.join(", ", codes.stream().map(code -> Locale.of(code).getDisplayLanguage(locale)).toList());
    }

    /** Whether some text on the page is shown in Finnish for want of a translation. */
    public boolean fellBack() {
        return fellBack;
    }

    public Locale locale() {
        return locale;
    }
}
