package fi.ekokartta.stewardship;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EntryKeeperRepository extends JpaRepository<EntryKeeper, UUID> {

    Optional<EntryKeeper> findByServiceId(UUID serviceId);

    Optional<EntryKeeper> findByActorId(UUID actorId);

    @Query("select k from EntryKeeper k left join fetch k.service left join fetch k.actor where k.user.id = :userId")
    List<EntryKeeper> findByUserId(UUID userId);
}
