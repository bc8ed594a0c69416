package fi.ekokartta.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AssessmentResponseRepository extends JpaRepository<AssessmentResponse, UUID> {

    Optional<AssessmentResponse> findByInvitationId(UUID invitationId);

    @Query("""
            select r from AssessmentResponse r join fetch r.invitation i join fetch i.actor
            where i.round.id = :roundId order by r.submittedAt""")
    List<AssessmentResponse> findByRound(UUID roundId);
}
