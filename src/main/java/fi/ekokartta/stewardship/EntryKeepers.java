package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.AppUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The keeper (päivittäjä) of one entry as its editor shows it: who keeps it now, who may be named
 * and whether the signed-in user may name one. Whoever may edit the entry ({@link EditingRights})
 * may read and name its keeper; an entry with no responsible organization is the coordinators'.
 * Naming is {@link Handovers#assignKeeper}.
 */
@Service
@Transactional(readOnly = true)
public class EntryKeepers {

    /** A user who keeps, or may keep, an entry. */
    public record KeptBy(UUID userId, String name, String username) {
    }

    /** The entry's responsible organization as named (for the rights) and as keepers answer to it. */
    private record Entry(UUID id, Actor named, Actor organization) {
    }

    private final EntryKeeperRepository keepers;
    private final KeeperCandidates candidates;
    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final EditingRights rights;

    EntryKeepers(EntryKeeperRepository keepers, KeeperCandidates candidates, OfferingRepository offerings,
                 ActorRepository actors, EditingRights rights) {
        this.keepers = keepers;
        this.candidates = candidates;
        this.offerings = offerings;
        this.actors = actors;
        this.rights = rights;
    }

    /** The entry's keeper, or empty when none is named. */
    public Optional<KeptBy> keeper(EntryKind kind, UUID id) {
        require(entry(kind, id), "read keeper");
        Optional<EntryKeeper> keeper = kind == EntryKind.SERVICE ? keepers.findByServiceId(id) : keepers.findByActorId(id);
        return keeper.map(EntryKeeper::getUser).map(EntryKeepers::keptBy);
    }

    /** The active users who may keep the entry, by name. */
    public List<KeptBy> keeperCandidates(EntryKind kind, UUID id) {
        Entry entry = entry(kind, id);
        require(entry, "read keeper candidates");
        return candidates.of(entry.organization()).stream().map(EntryKeepers::keptBy)
                .sorted(Comparator.comparing(KeptBy::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether the signed-in user may name the entry's keeper. */
    public boolean mayAssignKeeper(EntryKind kind, UUID id) {
        return rights.keepsCurrent(entry(kind, id).named());
    }

    private void require(Entry entry, String operation) {
        if (!rights.keepsCurrent(entry.named())) {
            throw rights.refused(operation, entry.id());
        }
    }

    private Entry entry(EntryKind kind, UUID id) {
        RejectedInputException gone = new RejectedInputException("handover.error.gone");
        if (kind == EntryKind.SERVICE) {
            Offering service = offerings.findById(id).orElseThrow(() -> gone);
            return new Entry(id, service.getResponsibility().getResponsibleActor(), EntryKeeper.responsibleOrganization(service));
        }
        Actor actor = actors.findById(id).orElseThrow(() -> gone);
        return new Entry(id, actor.getResponsibility().getResponsibleActor(), EntryKeeper.responsibleOrganization(actor));
    }

    private static KeptBy keptBy(AppUser user) {
        return new KeptBy(user.getId(), Handovers.name(user), user.getUsername());
    }
}
