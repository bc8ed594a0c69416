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
 * indexed.
 */
@Entity
public class OutdatedReport {

    public static final int MAX_MESSAGE_LENGTH = 2000;

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

    protected OutdatedReport() {
    }

    OutdatedReport(EntryKind entryKind, UUID entryId, String entryName, Actor responsibleActor, String message,
                   String reporterEmail, Instant reportedAt) {
        this.entryKind = entryKind;
        this.entryId = entryId;
        this.entryName = entryName;
        this.responsibleActor = responsibleActor;
        this.message = message;
        this.reporterEmail = reporterEmail;
        this.reportedAt = reportedAt;
    }

    void markHandled(String username, Instant when) {
        this.handledBy = username;
        this.handledAt = when;
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
