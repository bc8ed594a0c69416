package fi.ekokartta.ecosystem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface ActorRelationshipRepository extends JpaRepository<ActorRelationship, UUID> {

    @Query("""
            select r from ActorRelationship r join fetch r.source join fetch r.target
            where r.source.id = :actorId or r.target.id = :actorId order by r.type""")
    List<ActorRelationship> findInvolving(UUID actorId);
}
