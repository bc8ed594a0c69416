package fi.ekokartta.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface RoadmapActionRepository extends JpaRepository<RoadmapAction, UUID> {

    /** The actions decided in a meeting or followed up in it. */
    @Query("""
            select distinct a from RoadmapAction a join fetch a.goal left join a.followedUpIn f
            where a.decidedIn.id = :meetingId or f.id = :meetingId""")
    List<RoadmapAction> findLinkedTo(UUID meetingId);
}
