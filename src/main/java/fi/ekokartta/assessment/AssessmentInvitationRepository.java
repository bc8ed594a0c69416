package fi.ekokartta.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AssessmentInvitationRepository extends JpaRepository<AssessmentInvitation, UUID> {

    @Query("select i from AssessmentInvitation i join fetch i.actor where i.round.id = :roundId order by i.actor.name.fi")
    List<AssessmentInvitation> findByRound(UUID roundId);

    @Query("select i from AssessmentInvitation i join fetch i.actor join fetch i.round where i.round.id = :roundId and i.actor.id = :actorId")
    Optional<AssessmentInvitation> find(UUID roundId, UUID actorId);
}
