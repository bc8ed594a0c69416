package fi.ekokartta.base.domain;


/**
 * Checks of what people type into forms: a message of sensible length and an optional e-mail,
 * neither with characters that cannot be stored ({@link ForbiddenCharacters}).
 */
public final class FeedbackText {

    /** Translation key of the refusal of text with characters that cannot be stored. */
    public static final String UNSTORABLE = "input.error.unstorable-characters";

    private FeedbackText() {
    }

    /** The text as it is; rejected when it carries a control character such as NUL. */
    public static String requireStorable(String text) {
        if (ForbiddenCharacters.containsAny(text)) {
            throw new RejectedInputException(UNSTORABLE);
        }
        return text;
    }

    /** The message stripped; rejected when empty or longer than the limit. */
    public static String message(String text, int maxLength) {
        String message = text == null ? "" : requireStorable(text).strip();
        if (message.isEmpty()) {
            throw new RejectedInputException("feedback.error.message-required");
        }
        if (message.length() > maxLength) {
            throw new RejectedInputException("feedback.error.message-too-long");
        }
        return message;
    }

    /** The e-mail stripped, or null when none was given; rejected when it cannot be an address. */
    public static String optionalEmail(String text) {
        String email = text == null ? "" : text.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (!EmailAddress.isValid(email)) {
            throw new RejectedInputException("feedback.error.email-invalid");
        }
        return email;
    }
}
