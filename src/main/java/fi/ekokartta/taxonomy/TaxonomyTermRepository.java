package fi.ekokartta.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    List<TaxonomyTerm> findByTaxonomyAndParentIsNullOrderByCodeAsc(String taxonomy);
}
