package fi.ekokartta.exchange.ptv;

import java.util.List;

/**
 * A PTV file that cannot be read at all. {@link #messageKey()} and {@link #arguments()} give the
 * translated message (vaadin-i18n, keys {@code ptv.error.*}); the exception's own message is the
 * English one, for logs and the command line.
 */
public class PtvFileException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    public PtvFileException(String messageKey, String englishMessage, String... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
