package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.util.UUID;

/**
 * "This information is out of date": a task for the update responsible of a service or an actor,
 * sent from the entry's page by anyone. It names the entry as it was when reported, so the task
 * stays readable if the entry is renamed. Not directory content, so it is neither audited nor
 * indexed; its handling is kept on the row itself (status, note, who changed it when, when the
 * reporter was answered).
 */
@Entity
public class OutdatedReport {

    public static final int MAX_MESSAGE_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 2000;

    @Id
    private UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind entryKind;

    @Column(nullable = false)
    private UUID entryId;

    @Column(nullable = false)
    private String entryName;

    @ManyToOne(fetch = FetchType.LAZY)
    private Actor responsibleActor;

    @Column(nullable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    private String reporterEmail;

    @Column(nullable = false)
    private Instant reportedAt;

    private Instant handledAt;

    private String handledBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(length = MAX_NOTE_LENGTH)
    private String handlingNote;

    private Instant statusChangedAt;

    private String statusChangedBy;

    private Instant replySentAt;

    private String language;

    protected OutdatedReport() {
    }

    OutdatedReport(EntryKind entryKind, UUID entryId, String entryName, Actor responsibleActor, String message,
                   String reporterEmail, String language, Instant reportedAt) {
        this.entryKind = entryKind;
        this.entryId = entryId;
        this.entryName = entryName;
        this.responsibleActor = responsibleActor;
        this.message = message;
        this.reporterEmail = reporterEmail;
        this.language = language;
        this.reportedAt = reportedAt;
    }

    /**
     * Moves the task to a status with the handler's note. A close (FIXED, REJECTED) records who
     * closed it when; going back to an open status clears that, so the task is open again.
     */
    void changeStatus(ReportStatus newStatus, String note, String username, Instant when) {
        this.status = newStatus;
        this.handlingNote = note;
        this.statusChangedBy = username;
        this.statusChangedAt = when;
        this.handledBy = newStatus.isClosed() ? username : null;
        this.handledAt = newStatus.isClosed() ? when : null;
    }

    void replySent(Instant when) {
        this.replySentAt = when;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getHandlingNote() {
        return handlingNote;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public Instant getReplySentAt() {
        return replySentAt;
    }

    /** The language the report was written in, "fi" when not known. */
    public String getLanguage() {
        return language == null ? "fi" : language;
    }

    public UUID getId() {
        return id;
    }

    public EntryKind getEntryKind() {
        return entryKind;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public String getEntryName() {
        return entryName;
    }

    public Actor getResponsibleActor() {
        return responsibleActor;
    }

    public String getMessage() {
        return message;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getHandledBy() {
        return handledBy;
    }
}
