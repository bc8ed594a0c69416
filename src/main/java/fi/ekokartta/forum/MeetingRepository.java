package fi.ekokartta.forum;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

public interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select m from Meeting m join fetch m.forum where m.start < :to and coalesce(m.end, m.start) >= :from order by m.start")
    List<Meeting> findBetween(LocalDateTime from, LocalDateTime to);

    @Query("select p from MeetingParticipant p join fetch p.actor where p.id = :id")
    java.util.Optional<MeetingParticipant> findParticipant(UUID id);
}
