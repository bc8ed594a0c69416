package fi.ekokartta.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface RoadmapActionRepository extends JpaRepository<RoadmapAction, UUID> {
}
