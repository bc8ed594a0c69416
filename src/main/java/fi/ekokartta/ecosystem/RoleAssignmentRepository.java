package fi.ekokartta.ecosystem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

    @Query("select a from RoleAssignment a join fetch a.role where a.actor.id = :actorId order by a.role.name.fi")
    List<RoleAssignment> findByActor(UUID actorId);

    /** Every assignment with its role and actor, for the catalogue and the matrix. */
    @Query("select a from RoleAssignment a join fetch a.role join fetch a.actor")
    List<RoleAssignment> findAllWithRoleAndActor();

    @Query("select a from RoleAssignment a join fetch a.actor where a.role.id = :roleId order by a.actor.name.fi")
    List<RoleAssignment> findByRole(UUID roleId);

    long countByRoleId(UUID roleId);
}
