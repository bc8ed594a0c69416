package fi.ekokartta.ecosystem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

    @Query("select a from RoleAssignment a join fetch a.role where a.actor.id = :actorId order by a.role.name.fi")
    List<RoleAssignment> findByActor(UUID actorId);
}
