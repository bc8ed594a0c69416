package fi.ekokartta.accessibility;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.UUID;

interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, UUID> {

    /** The unanswered first, the oldest (whose deadline is nearest or past) first; then the answered, newest first. */
    @Query(value = """
            select f from AccessibilityFeedback f
            order by case when f.answeredAt is null then 0 else 1 end,
                     case when f.answeredAt is null then f.receivedAt end asc,
                     f.receivedAt desc, f.id""",
            countQuery = "select count(f) from AccessibilityFeedback f")
    Page<AccessibilityFeedback> findUnansweredFirst(Pageable page);

    long countByAnsweredAtIsNullAndReceivedAtBefore(Instant receivedBefore);
}
