package fi.ekokartta.roadmap;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/** What a coordinator writes of a roadmap goal. */
public record GoalContent(LocalizedText title, LocalizedText description, UUID ownerId, LocalDate start,
                          LocalDate end, ProgressStatus status) {
}
