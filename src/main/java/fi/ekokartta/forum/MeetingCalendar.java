package fi.ekokartta.forum;

import fi.ekokartta.base.domain.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Forum meetings for the annual calendar (vuosikello) to show with its own events. */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    /** A meeting as the calendar shows it; its page is /foorumit/kokous/{id}. */
    public record CalendarMeeting(UUID id, String title, LocalDateTime start, LocalDateTime end, UUID forumId,
                                  LocalizedText forumName, ForumType forumType, String location) {
    }

    private final MeetingRepository meetings;

    MeetingCalendar(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** Meetings on the days from and to (both included), in time order. */
    public List<CalendarMeeting> meetingsBetween(LocalDate from, LocalDate to) {
        return meetings.findBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .map(m -> new CalendarMeeting(m.getId(), m.getTitle(), m.getStart(), m.getEnd(), m.getForum().getId(),
                        m.getForum().getName(), m.getForum().getType(), m.getLocation()))
                .toList();
    }
}
