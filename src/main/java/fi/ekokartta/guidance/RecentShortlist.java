package fi.ekokartta.guidance;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of the counsellor's earlier lists as it is offered for reopening: when it was started, how
 * many services it has and the names of the first few — nothing about the client it was for.
 */
public record RecentShortlist(UUID id, Instant createdAt, int serviceCount, List<LocalizedText> firstServiceNames) {
}
