package fi.ekokartta.stewardship;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface HandoverRepository extends JpaRepository<Handover, UUID> {

    @Query("""
            select h from Handover h left join fetch h.service left join fetch h.actor
            join fetch h.fromUser left join fetch h.toUser
            where h.acknowledgedAt is null order by h.happenedAt, h.id""")
    List<Handover> findOpen();
}
