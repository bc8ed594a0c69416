package fi.ekokartta.forum;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface ForumRepository extends JpaRepository<Forum, UUID> {

    @Query("select f from Forum f order by f.type, f.name.fi")
    List<Forum> findAllInOrder();
}
