package fi.ekokartta.accessibility;

import fi.ekokartta.base.domain.FeedbackText;
import fi.ekokartta.base.domain.ForbiddenCharacters;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Receives accessibility feedback from anyone; coordinators and administrators read it. */
@Service
@Transactional
public class AccessibilityFeedbackService {

    private static final int MAX_PAGE_LENGTH = 1000;

    private final AccessibilityFeedbackRepository feedback;
    private final CurrentUser currentUser;

    AccessibilityFeedbackService(AccessibilityFeedbackRepository feedback, CurrentUser currentUser) {
        this.feedback = feedback;
        this.currentUser = currentUser;
    }

    /** Stores the feedback; throws {@code RejectedInputException} for an empty message, a bad e-mail or characters that cannot be stored. */
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
        feedback.save(new AccessibilityFeedback(where, text, email, language.code(), Instant.now()));
    }

    /** Whether the user reads the feedback: coordinators and administrators. */
    public boolean mayRead() {
        return currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR);
    }

    @Transactional(readOnly = true)
    public List<AccessibilityFeedback> received() {
        if (!mayRead()) {
            throw new AccessDeniedException("Accessibility feedback is read by coordinators and administrators");
        }
        return feedback.findAllByOrderByReceivedAtDesc();
    }
}
