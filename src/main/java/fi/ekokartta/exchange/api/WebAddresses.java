package fi.ekokartta.exchange.api;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * URLs and e-mail addresses in the forms the HSDS schema demands (format uri and email). Maintainers
 * often type "www.kalajoki.fi"; a value that still is not usable is left out rather than exported
 * as an invalid document.
 */
final class WebAddresses {

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
        int at = trimmed.indexOf('@');
        boolean plausible = at > 0 && at == trimmed.lastIndexOf('@') && at < trimmed.length() - 1
                && trimmed.chars().noneMatch(Character::isWhitespace);
        return plausible ? trimmed : null;
    }
}
