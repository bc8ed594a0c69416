package fi.ekokartta.exchange.api;

/** A request parameter the API cannot use; answered with 400 and the message as the problem detail. */
class BadParameterException extends RuntimeException {

    BadParameterException(String message) {
        super(message);
    }
}
