package fi.ekokartta.search.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface SearchTermChangeRepository extends JpaRepository<SearchTermChange, UUID> {

    List<SearchTermChange> findByTermIdOrderByChangedAtDesc(UUID termId);
}
