package fi.ekokartta.forum;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings as the annual calendar (vuosikello) reads them. */
class MeetingCalendarTest extends AbstractAppTest {

    @Autowired
    private MeetingCalendar calendar;
    @Autowired
    private ForumRepository forums;

    @Test
    void meetings_between_two_days_with_their_forum() {
        String unique = EntryFixture.unique();
        Actor a = entries().actor("Toimija A " + unique);
        Actor b = entries().actor("Toimija B " + unique);
        ForumFixture fixture = new ForumFixture(unique, a, b).save(forums, this::deleteAfterTest);
        LocalDate day = fixture.recent.getStart().toLocalDate();

        assertThat(calendar.meetingsBetween(day.minusDays(1), day.plusDays(1)))
                .filteredOn(meeting -> meeting.forumId().equals(fixture.forum.getId()))
                .extracting(MeetingCalendar.CalendarMeeting::title).containsExactly("Tuore kokous " + unique);
    }
}
