package fi.ekokartta.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {
}
