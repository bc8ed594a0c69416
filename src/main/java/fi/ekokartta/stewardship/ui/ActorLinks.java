package fi.ekokartta.stewardship.ui;

import java.util.UUID;

/** Addresses of an actor's pages in the management area, relative to the application's root. */
final class ActorLinks {

    static final String EDITOR = "hallinta/toimija/";
    static final String NEW = EDITOR + "uusi";

    private ActorLinks() {
    }

    static String editor(UUID id) {
        return EDITOR + id;
    }
}
