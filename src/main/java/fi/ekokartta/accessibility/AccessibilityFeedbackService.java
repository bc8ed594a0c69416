package fi.ekokartta.accessibility;


import fi.ekokartta.base.domain.FeedbackText;
import fi.ekokartta.base.domain.ForbiddenCharacters;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.web.RateLimitedException;
import fi.ekokartta.base.web.RateLimits;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Receives accessibility feedback from anyone; coordinators and administrators read it. */
@Service
@Transactional
public class AccessibilityFeedbackService {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityFeedbackService.class);

    private static final int MAX_PAGE_LENGTH = 1000;

    private final AccessibilityFeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final RateLimits rateLimits;
    private final AccessibilityAnswerMail answerMail;

    AccessibilityFeedbackService(AccessibilityFeedbackRepository feedback, CurrentUser currentUser, RateLimits rateLimits,
                                 AccessibilityAnswerMail answerMail) {
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
        this.answerMail = answerMail;
    }

    /**
     * Stores the feedback; throws {@code RejectedInputException} for an empty message, a bad e-mail
     * or characters that cannot be stored, and {@link RateLimitedException} when an anonymous
     * sender's address has sent too many forms ({@code ekokartta.rate-limit.forms.*}).
     */
    public void send(String page, String message, String reporterEmail, Language language) {
        String text = FeedbackText.message(message, AccessibilityFeedback.MAX_MESSAGE_LENGTH);
        String email = FeedbackText.optionalEmail(reporterEmail);
        if (ForbiddenCharacters.containsAny(page)) {
            throw new RejectedInputException("feedback.error.page-unstorable");
        }
        String where = page == null || page.isBlank() ? null : page.strip();
        if (where != null && where.length() > MAX_PAGE_LENGTH) {
            where = where.substring(0, MAX_PAGE_LENGTH);
        }
        if (!currentUser.isSignedIn()) {
            rateLimits.admitForm();
        }
        feedback.save(new AccessibilityFeedback(where, text, email, language.code(), Instant.now()));
    }

    /** Whether the user reads the feedback: coordinators and administrators. */
    public boolean mayRead() {
        return currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR);
    }

    /**
     * One page of the feedback received: the unanswered first, oldest first, then the answered,
     * newest first. Anyone may send it, so it is read a page at a time.
     */
    @Transactional(readOnly = true)
    public Page<AccessibilityFeedback> received(Pageable page) {
        requireReader();
        return feedback.findUnansweredFirst(page);
    }

    /** How many messages are unanswered past their last day of answer. */
    @Transactional(readOnly = true)
    public long lateCount() {
        requireReader();
        Instant lastOnTime = FinnishDates.today().minusDays(AccessibilityFeedback.ANSWER_DAYS)
                .atStartOfDay(FinnishDates.FINNISH_TIME).toInstant();
        return feedback.countByAnsweredAtIsNullAndReceivedAtBefore(lastOnTime);
    }

    /** Whether recorded answers are e-mailed to senders who left an address (the e-mail is on). */
    public boolean mailsAnswers() {
        return answerMail.isOn();
    }

    /**
     * Records the answer given to a message (coordinators and administrators). A message is
     * answered once: the first answer's time is what the law's deadline is measured against. When
     * the sender left an address, the answer is e-mailed to her now (once, as the answer is
     * recorded once) and the time it was sent is kept; an answer that cannot be sent is logged
     * and stays recorded, unsent, to be given another way.
     *
     * @return whether the answer was e-mailed now
     */
    public boolean answer(UUID feedbackId, String answer) {
        requireReader();
        AccessibilityFeedback item = feedback.findById(feedbackId)
                .orElseThrow(() -> new RejectedInputException("a11y-answer.error.unknown"));
        if (item.isAnswered()) {
            throw new RejectedInputException("a11y-answer.error.already-answered");
        }
        String text = FeedbackText.message(answer, AccessibilityFeedback.MAX_ANSWER_LENGTH);
        item.recordAnswer(text, currentUser.username().orElseThrow(), Instant.now());
        if (item.getReporterEmail() == null || !answerMail.isOn()) {
            return false;
        }
        try {
            answerMail.send(item);
            item.answerSent(Instant.now());
            return true;
        } catch (MailException failed) {
            log.warn("The answer to accessibility feedback {} was not e-mailed: {}", feedbackId, failed.getMessage());
            return false;
        }
    }

    private void requireReader() {
        if (!mayRead()) {
            throw new AccessDeniedException("Accessibility feedback is read and answered by coordinators and administrators");
        }
    }
}
