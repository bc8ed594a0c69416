package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/** An entry to review now: overdue or due within 30 days, as the front page lists it for re-assuring. */
public record DueReview(UUID id, EntryKind kind, LocalizedText name, LocalDate due, ReviewState state) {
}
