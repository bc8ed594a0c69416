package fi.ekokartta.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    @Query("select distinct t.taxonomy from TaxonomyTerm t")
    List<String> findTaxonomyNames();

    List<TaxonomyTerm> findByTaxonomyAndParentIsNullOrderByCodeAsc(String taxonomy);
}
