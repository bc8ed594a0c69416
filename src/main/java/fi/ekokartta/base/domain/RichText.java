package fi.ekokartta.base.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.regex.Pattern;

/**
 * Texts that may carry simple markup (descriptions, referral instructions): markup is cleaned to
 * jsoup's basic safelist (paragraphs, lists, emphasis, http/https/mailto links), so no script,
 * style or event handler is ever stored. Text without any tag is kept exactly as typed: the
 * service card shows such text as text, and cleaning would store "&" as "&amp;".
 */
public final class RichText {

    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z!/?]");
    private static final Document.OutputSettings KEEP_LINES = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** Whether the text carries any tag, so it is shown as (cleaned) markup rather than as text. */
    public static boolean hasMarkup(String text) {
        return text != null && TAG.matcher(text).find();
    }

    public static String sanitize(String text) {
        if (!hasMarkup(text)) {
            return text;
        }
        return Jsoup.clean(text, "", Safelist.basic(), KEEP_LINES);
    }
}
