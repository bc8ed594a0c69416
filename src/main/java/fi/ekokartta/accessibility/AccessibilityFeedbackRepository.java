package fi.ekokartta.accessibility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, UUID> {

    List<AccessibilityFeedback> findAllByOrderByReceivedAtDesc();
}
