package fi.ekokartta.base.domain;

/**
 * Input an application service refused, with the translation key of the reason, so the view can
 * tell the user in her own language. Nothing has been stored when it is thrown.
 */
public class RejectedInputException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public RejectedInputException(String messageKey) {
        this(messageKey, new Object[0]);
    }

    /** A reason whose text names values, such as a count ({0} in the translation). */
    public RejectedInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The values the reason's translation names, in order; usually none. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
