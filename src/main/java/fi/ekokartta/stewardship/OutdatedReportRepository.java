package fi.ekokartta.stewardship;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface OutdatedReportRepository extends JpaRepository<OutdatedReport, UUID> {

    @Query("select r from OutdatedReport r left join fetch r.responsibleActor where r.handledAt is null order by r.reportedAt")
    List<OutdatedReport> findOpen();

    @Query("""
            select r from OutdatedReport r left join fetch r.responsibleActor
            where r.handledAt is null and r.responsibleActor.id in :organizations order by r.reportedAt""")
    List<OutdatedReport> findOpenFor(Collection<UUID> organizations);
}
