package fi.ekokartta.base.domain;

import java.util.regex.Pattern;

/** Checks of what visitors type into feedback forms: a message of sensible length and an optional e-mail. */
public final class FeedbackText {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private FeedbackText() {
    }

    /** The message stripped; rejected when empty or longer than the limit. */
    public static String message(String text, int maxLength) {
        String message = text == null ? "" : text.strip();
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
        if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
            throw new RejectedInputException("feedback.error.email-invalid");
        }
        return email;
    }
}
