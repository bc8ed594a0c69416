package fi.ekokartta.directory;

import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of the directory for the front page; drafts and archived services are not counted. */
@Service
@Transactional(readOnly = true)
public class DirectoryOverviewService {

    private final OfferingRepository offerings;
    private final ActorRepository actors;

    DirectoryOverviewService(OfferingRepository offerings, ActorRepository actors) {
        this.offerings = offerings;
        this.actors = actors;
    }

    public DirectoryFigures figures() {
        return new DirectoryFigures(offerings.countByStatus(OfferingStatus.PUBLISHED), actors.count());
    }
}
