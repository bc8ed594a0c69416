package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/**
 * An outdated-information task as the management view lists it: the whole message, the reporter's
 * address for the responsible, where it stands and whether the reader may handle it.
 */
public record ReportTask(UUID id, EntryKind kind, UUID entryId, String entryName, LocalizedText responsible,
                         String message, String reporterEmail, Instant reportedAt, ReportStatus status,
                         String handlingNote, Instant statusChangedAt, String statusChangedBy, Instant replySentAt,
                         boolean mayHandle) {

    static ReportTask of(OutdatedReport report, boolean mayHandle) {
        return new ReportTask(report.getId(), report.getEntryKind(), report.getEntryId(), report.getEntryName(),
                report.getResponsibleActor() == null ? new LocalizedText() : report.getResponsibleActor().getName(),
                report.getMessage(), report.getReporterEmail(), report.getReportedAt(), report.getStatus(),
                report.getHandlingNote(), report.getStatusChangedAt(), report.getStatusChangedBy(), report.getReplySentAt(),
                mayHandle);
    }

    /** The entry's editor in the management views, relative to the application's root. */
    public String editorPath() {
        return kind.editorPath() + entryId;
    }
}
