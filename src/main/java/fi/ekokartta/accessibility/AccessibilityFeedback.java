package fi.ekokartta.accessibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import fi.ekokartta.base.i18n.FinnishDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Feedback on the service's accessibility, kept for the coordinators, who must answer it within
 * {@value #ANSWER_DAYS} days of its arrival (laki digitaalisten palvelujen tarjoamisesta
 * 306/2019). The answer given (by e-mail or otherwise) is recorded with who gave it and when,
 * and when it was e-mailed to the sender, if it was.
 */
@Entity
public class AccessibilityFeedback {

    public static final int MAX_MESSAGE_LENGTH = 4000;
    public static final int MAX_ANSWER_LENGTH = 4000;
    /** Days the law gives for an answer. */
    public static final int ANSWER_DAYS = 14;

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

    @Column(length = MAX_ANSWER_LENGTH)
    private String answer;

    private Instant answeredAt;

    private String answeredBy;

    private Instant answerSentAt;

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

    void recordAnswer(String text, String username, Instant when) {
        this.answer = text;
        this.answeredBy = username;
        this.answeredAt = when;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    /** When the answer was e-mailed to the sender; null when it was not. */
    public Instant getAnswerSentAt() {
        return answerSentAt;
    }

    void answerSent(Instant when) {
        this.answerSentAt = when;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** The last day of the answer: the day of arrival in Finland plus {@value #ANSWER_DAYS} days. */
    public LocalDate answerDue() {
        return FinnishDates.dayOf(receivedAt).plusDays(ANSWER_DAYS);
    }

    /** Late: not answered by the end of its last day, or answered after it. */
    public boolean isLate(LocalDate today) {
        LocalDate answered = FinnishDates.dayOf(answeredAt);
        return (answered == null ? today : answered).isAfter(answerDue());
    }
}
