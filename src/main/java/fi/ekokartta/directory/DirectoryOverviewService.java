package fi.ekokartta.directory;

import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.calendar.Occurrences;
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
    private final Occurrences events;

    DirectoryOverviewService(OfferingRepository offerings, ActorRepository actors, Occurrences events) {
        this.offerings = offerings;
        this.actors = actors;
        this.events = events;
    }

    /**
     * The next five public events of the cooperation calendar, from today on: repeating events by
     * their coming dates (the vuosikello's rules expanded), not by the date they were first held.
     */
    public List<UpcomingEvent> upcomingEvents() {
        return events.upcomingPublic(5).stream().map(occurrence -> new UpcomingEvent(occurrence.eventId(), occurrence.title(),
                occurrence.start().toLocalDateTime(), occurrence.location(), occurrence.link())).toList();
    }

    public DirectoryFigures figures() {
        return new DirectoryFigures(offerings.countByStatus(OfferingStatus.PUBLISHED), actors.countByStatus(ActorStatus.ACTIVE));
    }
}
