package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An actor's answer to a round: the answers, the proposed corrections and the review. Submitted
 * again before the review, it replaces the earlier one. Not audited (see V24): who answered and
 * who reviewed are its own fields, and applied changes are audited on the entries they change.
 */
@Entity
public class AssessmentResponse extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private AssessmentInvitation invitation;
    private UUID responderId;
    private String responderName;
    @Column(nullable = false)
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.PENDING;
    private String reviewedBy;
    private Instant reviewedAt;
    @Column(length = AssessmentAnswer.MAX_TEXT)
    private String reviewComment;
    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<AssessmentAnswer> answers = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "assessment_correction", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "ordinal")
    private List<AssessmentCorrection> corrections = new ArrayList<>();

    public AssessmentInvitation getInvitation() {
        return invitation;
    }

    public void setInvitation(AssessmentInvitation invitation) {
        this.invitation = invitation;
    }

    public UUID getResponderId() {
        return responderId;
    }

    public void setResponderId(UUID responderId) {
        this.responderId = responderId;
    }

    public String getResponderName() {
        return responderName;
    }

    public void setResponderName(String responderName) {
        this.responderName = responderName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public void setStatus(ReviewStatus status) {
        this.status = status;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(Instant reviewedAt) {
        this.reviewedAt = reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public List<AssessmentAnswer> getAnswers() {
        return answers;
    }

    public List<AssessmentCorrection> getCorrections() {
        return corrections;
    }
}
