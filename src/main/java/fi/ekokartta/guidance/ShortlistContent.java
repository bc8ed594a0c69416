package fi.ekokartta.guidance;

import fi.ekokartta.directory.ServicePage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shortlist as it is shown: its share token, expiry and services in order, each with the
 * public content of its card (never staff-only content: the list is handed to the client).
 */
public record ShortlistContent(UUID id, String shareToken, Instant expiresAt, List<Entry> entries) {

    public record Entry(UUID itemId, String note, ServicePage service) {
    }
}
