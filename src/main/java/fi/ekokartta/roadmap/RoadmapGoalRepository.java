package fi.ekokartta.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface RoadmapGoalRepository extends JpaRepository<RoadmapGoal, UUID> {

    @Query("select g from RoadmapGoal g order by g.start nulls last, g.title.fi")
    List<RoadmapGoal> findAllInOrder();
}
