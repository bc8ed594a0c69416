package fi.ekokartta.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

public interface CalendarEventRepository extends JpaRepository<CalendarEvent, UUID> {

    /** Public events starting at or after a moment, soonest first (recurrences are not expanded). */
    List<CalendarEvent> findTop5ByPublicEventTrueAndStartGreaterThanEqualOrderByStartAsc(LocalDateTime from);
}
