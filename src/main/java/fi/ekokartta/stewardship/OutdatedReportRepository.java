package fi.ekokartta.stewardship;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.UUID;

interface OutdatedReportRepository extends JpaRepository<OutdatedReport, UUID> {

    @Query(value = "select r from OutdatedReport r left join fetch r.responsibleActor where r.status in :statuses order by r.reportedAt, r.id",
            countQuery = "select count(r) from OutdatedReport r where r.status in :statuses")
    Page<OutdatedReport> findWithStatus(Collection<ReportStatus> statuses, Pageable page);

    @Query(value = """
            select r from OutdatedReport r left join fetch r.responsibleActor
            where r.status in :statuses and r.responsibleActor.id in :organizations order by r.reportedAt, r.id""",
            countQuery = "select count(r) from OutdatedReport r where r.status in :statuses and r.responsibleActor.id in :organizations")
    Page<OutdatedReport> findWithStatusFor(Collection<ReportStatus> statuses, Collection<UUID> organizations, Pageable page);
}
