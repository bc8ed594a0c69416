package fi.ekokartta.roadmap;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a coordinator writes of a roadmap action: its text, owner, schedule and status, the meeting
 * decision it came from (a meeting and one of its decisions, both null for none) and the meetings
 * where it was followed up.
 */
public record ActionContent(LocalizedText title, LocalizedText description, UUID ownerId, LocalDate start,
                            LocalDate due, ProgressStatus status, UUID decidedInMeetingId, String decision,
                            Set<UUID> followUpMeetingIds) {

    public ActionContent {
        followUpMeetingIds = followUpMeetingIds == null ? Set.of() : Set.copyOf(followUpMeetingIds);
    }
}
