package fi.ekokartta.accessibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** Feedback on the service's accessibility, kept for the coordinators, who must answer it. */
@Entity
public class AccessibilityFeedback {

    public static final int MAX_MESSAGE_LENGTH = 4000;

    @Id
    private UUID id = UUID.randomUUID();

    private String page;

    @Column(nullable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    private String reporterEmail;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private Instant receivedAt;

    protected AccessibilityFeedback() {
    }

    AccessibilityFeedback(String page, String message, String reporterEmail, String language, Instant receivedAt) {
        this.page = page;
        this.message = message;
        this.reporterEmail = reporterEmail;
        this.language = language;
        this.receivedAt = receivedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getPage() {
        return page;
    }

    public String getMessage() {
        return message;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
