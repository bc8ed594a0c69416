package fi.ekokartta.paths;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ServicePathRepository extends JpaRepository<ServicePath, UUID> {

    Optional<ServicePath> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, UUID id);

    @Query("select p from ServicePath p order by p.title.fi")
    List<ServicePath> findAllByTitle();

    @Query("select p from ServicePath p where p.published = true order by p.title.fi")
    List<ServicePath> findPublished();

    @Query("select distinct s.path from PathStep s where s.service.id = :serviceId")
    List<ServicePath> findContaining(UUID serviceId);
}
