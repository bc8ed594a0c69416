package fi.ekokartta.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface CalendarEventRepository extends JpaRepository<CalendarEvent, UUID> {
}
