package fi.ekokartta.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, UUID> {

    Optional<AssessmentRound> findByYear(int year);

    @Query("select r from AssessmentRound r order by r.year")
    List<AssessmentRound> findAllByYear();
}
