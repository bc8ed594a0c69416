package fi.ekokartta.base.domain;

/**
 * Input an application service refused, with the translation key of the reason, so the view can
 * tell the user in her own language. Nothing has been stored when it is thrown.
 */
public class RejectedInputException extends RuntimeException {

    private final String messageKey;

    public RejectedInputException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
