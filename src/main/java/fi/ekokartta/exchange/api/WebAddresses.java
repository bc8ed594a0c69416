package fi.ekokartta.exchange.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * URLs and e-mail addresses in the forms the HSDS schema demands (format uri and email). Maintainers
 * often type "www.kalajoki.fi"; a value that still is not usable is left out rather than exported
 * as an invalid document.
 */
final class WebAddresses {

    /** RFC 5321 Mailbox in its usual form (dot-atom @ host name): what JSON Schema's "email" means. */
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private WebAddresses() {
    }

    static String absoluteUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String candidate = url.strip().contains("://") ? url.strip() : "https://" + url.strip();
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null ? null : candidate;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String email(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        return MAILBOX.matcher(trimmed).matches() ? trimmed : null;
    }
}
