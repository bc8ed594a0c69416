package fi.ekokartta.exchange.api;

import java.util.UUID;

/** Nothing public with the requested id; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String kind, UUID id) {
        super("No %s with id %s".formatted(kind, id));
    }
}
