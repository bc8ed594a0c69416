package fi.ekokartta.directory;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads an actor for its public page; staff contacts only for signed-in professionals. Its
 * neighbours are the active actors it has a relationship with that holds today, in both directions.
 */
@Service
@Transactional(readOnly = true)
public class ActorPageService {

    private final ActorRepository actors;
    private final OfferingRepository offerings;
    private final RoleAssignmentRepository roles;
    private final ActorRelationshipRepository relationships;
    private final CurrentUser currentUser;

    ActorPageService(ActorRepository actors, OfferingRepository offerings, RoleAssignmentRepository roles,
                     ActorRelationshipRepository relationships, CurrentUser currentUser) {
        this.actors = actors;
        this.offerings = offerings;
        this.roles = roles;
        this.relationships = relationships;
        this.currentUser = currentUser;
    }

    public Optional<ActorPage> find(UUID id) {
        return actors.findById(id).filter(Actor::isActive).map(this::page);
    }

    private ActorPage page(Actor actor) {
        List<ActorPage.ServiceLink> services = offerings.findByProviderIdAndStatus(actor.getId(), OfferingStatus.PUBLISHED,
                        Sort.by("name.fi")).stream()
                .map(o -> new ActorPage.ServiceLink(o.getId(), o.getName(), o.getSummary())).toList();
        List<ActorPage.RoleLine> roleLines = roles.findByActor(actor.getId()).stream()
                .map(a -> new ActorPage.RoleLine(a.getRole().getId(), a.getRole().getName(), a.getResponsibilities())).toList();
        java.time.LocalDate today = FinnishDates.today();
        List<ActorPage.Relationship> links = relationships.findInvolving(actor.getId()).stream()
                .filter(r -> r.getSource().isActive() && r.getTarget().isActive() && r.isValidOn(today)).map(r -> {
            boolean outgoing = r.getSource().getId().equals(actor.getId());
            Actor other = outgoing ? r.getTarget() : r.getSource();
            return new ActorPage.Relationship(r.getType(), outgoing, new ServicePage.ActorLink(other.getId(), other.getName()),
                    r.getDescription());
        }).toList();
        Actor parent = actor.getParent();
        return new ActorPage(actor.getId(), actor.getName(), actor.getDescription(), actor.getSector(),
                actor.getBusinessId(), actor.getWebsite(), actor.getEmail(), actor.getPhone(),
                actor.getMunicipalities().stream().map(m -> m.getName()).toList(),
                parent == null || !parent.isActive() ? null : new ServicePage.ActorLink(parent.getId(), parent.getName()), services, roleLines,
                links, contacts(actor, Visibility.PUBLIC),
                currentUser.isSignedIn() ? contacts(actor, Visibility.STAFF) : List.of(),
                actor.getWebsites().stream().map(w -> new ActorPage.WebsiteLink(w.getLabel(), w.getUrl())).toList());
    }

    private static List<ContactDetails> contacts(Actor actor, Visibility visibility) {
        return actor.getContacts().stream().filter(c -> c.getVisibility() == visibility).map(ActorContact::getPerson).toList();
    }
}
