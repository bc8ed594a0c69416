package fi.ekokartta.exchange.tabular;

import java.util.List;

/**
 * A data package that cannot be read as it is. {@link #messageKey()} names the user-facing text
 * ({@code import.tabular.*} in the translations) and {@link #arguments()} fill its placeholders;
 * the exception's own message is the English explanation for logs and the command line.
 */
public class TabularFormatException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public TabularFormatException(String messageKey, String message, Object... arguments) {
        this(messageKey, message, null, arguments);
    }

    public TabularFormatException(String messageKey, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
