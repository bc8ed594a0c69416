package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/** An entry whose periodic review (tarkistus) should already have been done. */
public record OverdueReview(UUID id, EntryKind kind, LocalizedText name, LocalDate due) {
}
