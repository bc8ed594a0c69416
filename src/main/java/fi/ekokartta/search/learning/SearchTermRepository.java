package fi.ekokartta.search.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface SearchTermRepository extends JpaRepository<SearchTerm, UUID> {

    List<SearchTerm> findAllByOrderByActiveDescTermAsc();

    List<SearchTerm> findByActiveTrue();

    boolean existsByKindAndTermKeyAndActiveTrueAndIdNot(SearchTermKind kind, String termKey, UUID id);

    /** Changes anywhere (also by another node) change this: how many terms there are and when one last changed. */
    @Query(value = "select count(*) || '/' || coalesce(max(updated_at)::text, '') from search_term", nativeQuery = true)
    String stamp();
}
