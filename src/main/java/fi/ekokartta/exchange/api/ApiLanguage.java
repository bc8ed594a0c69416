package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the texts in a response: Finnish unless Swedish or English is asked for with
 * {@code ?lang=} or, failing that, the Accept-Language header. Untranslated texts fall back to
 * Finnish, as everywhere in Ekokartta.
 */
enum ApiLanguage {
    FI, SV, EN;

    private static final List<String> CODES = Arrays.stream(values()).map(ApiLanguage::code).toList();

    static ApiLanguage resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return fromCode(lang.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new BadParameterException(
                            "lang must be one of fi, sv, en, not '%s'".formatted(lang)));
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** A malformed header is not worth a 400: the client simply gets Finnish. */
    private static ApiLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FI;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), CODES);
            return tag == null ? FI : fromCode(tag).orElse(FI);
        } catch (IllegalArgumentException malformed) {
            return FI;
        }
    }

    private static Optional<ApiLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return Locale.of(code());
    }

    /** The text in this language, else in Finnish; null when there is no text at all. */
    String text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        String value = text.get(locale());
        return value == null || value.isBlank() ? null : value;
    }
}
