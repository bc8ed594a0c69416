package fi.ekokartta.forum;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ActionItemRepository extends JpaRepository<ActionItem, UUID> {

    @Query("select i from ActionItem i join fetch i.meeting m join fetch m.forum where i.owner.id in :owners"
            + " order by case when i.status = fi.ekokartta.forum.ActionStatus.DONE then 1 else 0 end, i.due nulls last")
    List<ActionItem> findByOwners(Collection<UUID> owners);

    @Query("select i from ActionItem i join fetch i.meeting m where m.forum.id = :forumId"
            + " and i.status <> fi.ekokartta.forum.ActionStatus.DONE order by m.start, i.position")
    List<ActionItem> findOpenInForum(UUID forumId);
}
