package fi.ekokartta.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface AssessmentQuestionRepository extends JpaRepository<AssessmentQuestion, UUID> {

    @Query("select q from AssessmentQuestion q order by q.position, q.text.fi")
    List<AssessmentQuestion> findAllInOrder();

    @Query("select q from AssessmentQuestion q where q.active = true order by q.position, q.text.fi")
    List<AssessmentQuestion> findActiveInOrder();
}
