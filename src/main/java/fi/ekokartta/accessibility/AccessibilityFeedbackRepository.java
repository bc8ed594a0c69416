package fi.ekokartta.accessibility;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, UUID> {

    Page<AccessibilityFeedback> findAllByOrderByReceivedAtDescIdAsc(Pageable page);
}
