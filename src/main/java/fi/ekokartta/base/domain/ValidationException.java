package fi.ekokartta.base.domain;

import java.util.Map;

/**
 * Input refused field by field: for each field that failed, the translation key of the reason, so
 * a form can mark every wrong field at once. Nothing has been stored when it is thrown.
 */
public class ValidationException extends RejectedInputException {

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("input.error.fields-invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field (e.g. "name.fi", "channels[0].phone") to the translation key of what is wrong with it. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + fieldErrors;
    }
}
