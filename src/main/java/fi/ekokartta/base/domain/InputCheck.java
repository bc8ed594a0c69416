package fi.ekokartta.base.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every field of a form before anything is stored, collecting what is wrong with each
 * instead of stopping at the first, and hands back the values as they are to be stored (stripped,
 * blanks as null, phone numbers in E.164, markup cleaned). {@link #throwIfInvalid()} ends the
 * check: with any error it throws one {@link ValidationException} naming every wrong field.
 */
public final class InputCheck {

    public static final String REQUIRED = "input.error.required";
    public static final String TOO_LONG = "input.error.too-long";
    public static final String EMAIL_INVALID = "input.error.email-invalid";
    public static final String URL_INVALID = "input.error.url-invalid";
    public static final String PHONE_INVALID = "input.error.phone-invalid";

    /** Plain columns are varchar(255). */
    public static final int SHORT_TEXT = 255;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The text stripped, or null when blank; an error when too long or not storable. */
    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (ForbiddenCharacters.containsAny(text)) {
            return reject(field, FeedbackText.UNSTORABLE);
        }
        if (text.length() > maxLength) {
            return reject(field, TOO_LONG);
        }
        return text;
    }

    public String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null && !errors.containsKey(field)) {
            reject(field, REQUIRED);
        }
        return text;
    }

    /** A text that may carry markup, cleaned ({@link RichText}) before its length is checked. */
    public String richText(String field, String value, int maxLength) {
        return text(field, RichText.sanitize(value), maxLength);
    }

    /**
     * A text in three languages, each checked as {@link #text}; the Finnish one is required when
     * asked, the others never are. Fields are named "field.fi", "field.sv", "field.en".
     */
    public LocalizedText localized(String field, LocalizedText value, int maxLength, boolean finnishRequired, boolean rich) {
        LocalizedText given = value == null ? new LocalizedText() : value;
        LocalizedText checked = new LocalizedText();
        for (String language : new String[] {"fi", "sv", "en"}) {
            String raw = given.in(language).orElse(null);
            String text = rich ? richText(field + "." + language, raw, maxLength) : text(field + "." + language, raw, maxLength);
            if (text == null && finnishRequired && language.equals("fi") && !errors.containsKey(field + ".fi")) {
                reject(field + ".fi", REQUIRED);
            }
            checked.set(language, text);
        }
        return checked;
    }

    public String email(String field, String value) {
        String email = text(field, value, EmailAddress.MAX_LENGTH);
        if (email != null && !EmailAddress.isValid(email)) {
            return reject(field, EMAIL_INVALID);
        }
        return email;
    }

    /** A web address: absolute, http or https, with a host. */
    public String url(String field, String value) {
        String url = text(field, value, 2000);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAnAddress) {
            // reported below like any other address that is not a web page's
        }
        return reject(field, URL_INVALID);
    }

    /** A phone number, Finnish unless it starts with a country code, stored in E.164 (+358401234567). */
    public String phone(String field, String value) {
        String phone = text(field, value, 40);
        if (phone == null) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(phone, "FI");
            if (PHONES.isValidNumber(number)) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notANumber) {
            // reported below like any number that cannot be called
        }
        return reject(field, PHONE_INVALID);
    }

    /** Marks a field wrong for a reason the caller checked itself. */
    public <T> T reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return null;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
