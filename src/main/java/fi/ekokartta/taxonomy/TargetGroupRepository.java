package fi.ekokartta.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, UUID> {

    Optional<TargetGroup> findByCode(String code);
}
