package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/** An outdated-information task as the management view lists it. */
public record OpenReport(UUID id, EntryKind kind, UUID entryId, String entryName, LocalizedText responsible,
                         String message, String reporterEmail, Instant reportedAt) {

    static OpenReport of(OutdatedReport report) {
        return new OpenReport(report.getId(), report.getEntryKind(), report.getEntryId(), report.getEntryName(),
                report.getResponsibleActor() == null ? new LocalizedText() : report.getResponsibleActor().getName(),
                report.getMessage(), report.getReporterEmail(), report.getReportedAt());
    }
}
