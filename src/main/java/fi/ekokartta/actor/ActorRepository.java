package fi.ekokartta.actor;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ActorRepository extends JpaRepository<Actor, UUID> {

    /** The actor for a save, its row locked until the transaction ends, so concurrent saves take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Actor a where a.id = :id")
    Optional<Actor> findForEditing(UUID id);

    long countByStatus(ActorStatus status);

    /** The actors an editor may choose as a parent or a provider: the active ones, by Finnish name. */
    @Query("select a from Actor a where a.status = fi.ekokartta.actor.ActorStatus.ACTIVE order by a.name.fi")
    List<Actor> findActiveByName();
}
