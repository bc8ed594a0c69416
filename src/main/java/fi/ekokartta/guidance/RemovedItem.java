package fi.ekokartta.guidance;

import java.util.UUID;

/** A service just taken off a list, with what undoing it needs: the list, its place and its note. */
public record RemovedItem(UUID listId, UUID offeringId, String note, int position) {
}
