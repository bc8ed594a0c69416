package fi.ekokartta.exchange.api;

import java.util.UUID;

/** Nothing public at the requested id or path; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String kind, UUID id) {
        this("No %s with id %s".formatted(kind, id));
    }

    NotFoundException(String message) {
        super(message);
    }
}
