package fi.ekokartta.directory;

import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The front page's overview: figures of the directory (published services only) and upcoming public events. */
@Service
@Transactional(readOnly = true)
public class DirectoryOverviewService {

    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final CalendarEventRepository events;

    DirectoryOverviewService(OfferingRepository offerings, ActorRepository actors, CalendarEventRepository events) {
        this.offerings = offerings;
        this.actors = actors;
        this.events = events;
    }

    /**
     * The next public events of the cooperation calendar, from today on. A repeating event counts
     * by its first date only; its later occurrences come with the calendar's own views.
     */
    public List<UpcomingEvent> upcomingEvents() {
        return events.findTop5ByPublicEventTrueAndStartGreaterThanEqualOrderByStartAsc(FinnishDates.today().atStartOfDay())
                .stream().map(event -> new UpcomingEvent(event.getTitle(), event.getStart(), event.getLocation())).toList();
    }

    public DirectoryFigures figures() {
        return new DirectoryFigures(offerings.countByStatus(OfferingStatus.PUBLISHED), actors.countByStatus(ActorStatus.ACTIVE));
    }
}
