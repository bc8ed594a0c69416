package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserLeft;
import fi.ekokartta.security.UserRole;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Handover (luovutus): when a user stops keeping entries — deactivated, removed from an
 * organization, or given a role that keeps nothing — each entry she kept passes, in the same
 * transaction, to the deputy of its responsible organization (or of the nearest organization
 * above it with one), else to its fallback coordinator, else to the coordinators' queue with no
 * keeper. Every move is one row in the coordinators' queue until acknowledged. Coordinators also
 * set the stand-ins and see the orphans: entries no living user keeps ({@link Orphans}). Keepers
 * are named by whoever may edit the entry.
 */
@Service
@Transactional
public class Handovers {

    /** One open handover as the queue shows it; {@code to} empty: waiting for a coordinator. */
    public record QueueRow(UUID id, EntryKind kind, UUID entryId, LocalizedText entryName, UUID organizationId,
                           String from, Optional<String> to, UserLeft.Why reason, Instant at) {
    }

    /** An organization as a picker shows it. */
    public record Organization(UUID id, LocalizedText name) {
    }

    /** An organization's stand-ins. */
    public record StandIns(UUID organizationId, LocalizedText organizationName, Optional<Person> deputy,
                           Optional<Person> fallback) {
    }

    /** A user as a picker shows her. */
    public record Person(UUID id, String name) {
    }

    private final EntryKeeperRepository keepers;
    private final HandoverRepository handovers;
    private final OrganizationKeepersRepository standIns;
    private final AppUserRepository users;
    private final ActorRepository actors;
    private final OfferingRepository offerings;
    private final KeeperRepository keeperUsers;
    private final KeeperCandidates candidates;
    private final CurrentUser currentUser;
    private final EditingRights rights;

    Handovers(EntryKeeperRepository keepers, HandoverRepository handovers, OrganizationKeepersRepository standIns,
              AppUserRepository users, ActorRepository actors, OfferingRepository offerings,
              KeeperRepository keeperUsers, KeeperCandidates candidates, CurrentUser currentUser, EditingRights rights) {
        this.keepers = keepers;
        this.handovers = handovers;
        this.standIns = standIns;
        this.users = users;
        this.actors = actors;
        this.offerings = offerings;
        this.keeperUsers = keeperUsers;
        this.candidates = candidates;
        this.currentUser = currentUser;
        this.rights = rights;
    }

    /**
     * Hands over what the user no longer keeps. Runs in the transaction of the change that made
     * her leave (an administrator's), so the change and the handover are stored together or not
     * at all; it needs no permission of its own.
     */
    @EventListener
    public void handOver(UserLeft event) {
        AppUser leaving = users.findById(event.userId()).orElseThrow();
        Set<UUID> stillKept = event.why() == UserLeft.Why.LEFT_ORGANIZATION && leaving.isEnabled()
                ? ids(leaving.getOrganizations()) : Set.of();
        Instant now = Instant.now();
        for (EntryKeeper keeper : keepers.findByUserId(leaving.getId())) {
            List<Actor> chain = chain(keeper.responsibleOrganization());
            if (event.why() == UserLeft.Why.LEFT_ORGANIZATION
                    && (chain.stream().noneMatch(a -> event.organizationsLeft().contains(a.getId()))
                    || chain.stream().anyMatch(a -> stillKept.contains(a.getId())))) {
                continue;
            }
            AppUser successor = successor(chain, leaving).orElse(null);
            handovers.save(new Handover(keeper, successor, event.why(), now));
            if (successor == null) {
                keepers.delete(keeper);
            } else {
                keeper.setUser(successor);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<QueueRow> queue() {
        requireCoordinator();
        return handovers.findOpen().stream().map(h -> new QueueRow(h.getId(),
                h.getService() != null ? EntryKind.SERVICE : EntryKind.ACTOR,
                h.getService() != null ? h.getService().getId() : h.getActor().getId(),
                h.getService() != null ? h.getService().getName() : h.getActor().getName(),
                (h.getService() != null ? EntryKeeper.responsibleOrganization(h.getService())
                        : EntryKeeper.responsibleOrganization(h.getActor())).getId(),
                name(h.getFromUser()), Optional.ofNullable(h.getToUser()).map(Handovers::name), h.getReason(),
                h.getHappenedAt())).toList();
    }

    public void acknowledge(UUID handoverId) {
        requireCoordinator();
        Handover handover = handovers.findById(handoverId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
        if (handover.getAcknowledgedAt() == null) {
            handover.acknowledge(currentUser.username().orElseThrow(), Instant.now());
        }
    }

    /**
     * Names the user who keeps the entry: an active coordinator, or an active maintainer of its
     * responsible organization or of one above it. Whoever may edit the entry names its keeper
     * ({@link EditingRights}: coordinators every entry, a maintainer those of her organizations;
     * an entry with no responsible organization is the coordinators'). Only the keeper changes,
     * not the entry's content or version. Closes the entry's open handovers.
     */
    public void assignKeeper(EntryKind kind, UUID entryId, UUID userId) {
        EntryKeeper keeper = switch (kind) {
            case SERVICE -> {
                Offering service = offerings.findById(entryId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
                requireEditor(service.getResponsibility().getResponsibleActor(), entryId);
                AppUser user = user(userId);
                yield keepers.findByServiceId(entryId).orElseGet(() -> EntryKeeper.of(service, user));
            }
            case ACTOR -> {
                Actor actor = actors.findById(entryId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
                requireEditor(actor.getResponsibility().getResponsibleActor(), entryId);
                AppUser user = user(userId);
                yield keepers.findByActorId(entryId).orElseGet(() -> EntryKeeper.of(actor, user));
            }
        };
        AppUser user = user(userId);
        if (!mayKeep(user, chain(keeper.responsibleOrganization()))) {
            throw new RejectedInputException("handover.error.cannot-keep", name(user));
        }
        keeper.setUser(user);
        keepers.save(keeper);
        String by = currentUser.username().orElseThrow();
        for (Handover open : handovers.findOpen()) {
            if (open.getService() != null && open.getService().getId().equals(entryId)
                    || open.getActor() != null && open.getActor().getId().equals(entryId)) {
                open.setToUser(user);
                open.acknowledge(by, Instant.now());
            }
        }
    }

    /** Who may be named keeper of the entries of an organization: its (and its parents') maintainers and the coordinators. */
    @Transactional(readOnly = true)
    public List<Person> candidates(UUID organizationId) {
        requireCoordinator();
        Actor organization = actors.findById(organizationId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
        return people(candidates.of(organization));
    }

    /** The active organizations, by name, for choosing whose stand-ins to set. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(Locale locale) {
        requireCoordinator();
        Collator collator = Collator.getInstance(locale);
        return actors.findAll().stream().filter(a -> a.getStatus() == ActorStatus.ACTIVE)
                .map(a -> new Organization(a.getId(), a.getName()))
                .sorted(Comparator.comparing(o -> o.name().get(locale), collator)).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> coordinators() {
        requireCoordinator();
        return people(keeperUsers.findEnabledByRole(UserRole.COORDINATOR));
    }

    @Transactional(readOnly = true)
    public StandIns standIns(UUID organizationId) {
        requireCoordinator();
        Actor organization = actors.findById(organizationId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
        Optional<OrganizationKeepers> set = standIns.findById(organizationId);
        return new StandIns(organizationId, organization.getName(),
                set.map(OrganizationKeepers::getDeputy).map(Handovers::person),
                set.map(OrganizationKeepers::getFallback).map(Handovers::person));
    }

    /** Sets an organization's deputy (one who may keep its entries) and fallback (a coordinator); either may be empty. */
    public void setStandIns(UUID organizationId, UUID deputyId, UUID fallbackId) {
        requireCoordinator();
        Actor organization = actors.findById(organizationId).orElseThrow(() -> new RejectedInputException("handover.error.gone"));
        AppUser deputy = deputyId == null ? null
                : users.findById(deputyId).orElseThrow(() -> new RejectedInputException("handover.error.user-unknown"));
        AppUser fallback = fallbackId == null ? null
                : users.findById(fallbackId).orElseThrow(() -> new RejectedInputException("handover.error.user-unknown"));
        if (deputy != null && !mayKeep(deputy, chain(organization))) {
            throw new RejectedInputException("handover.error.cannot-keep", name(deputy));
        }
        if (fallback != null && !(fallback.isEnabled() && fallback.getRole() == UserRole.COORDINATOR)) {
            throw new RejectedInputException("handover.error.fallback-not-coordinator", name(fallback));
        }
        OrganizationKeepers set = standIns.findById(organizationId).orElseGet(() -> new OrganizationKeepers(organizationId));
        set.setDeputy(deputy);
        set.setFallback(fallback);
        standIns.save(set);
    }

    /** The nearest deputy up the organizations who is not the leaving user and may keep them, else the nearest fallback. */
    private Optional<AppUser> successor(List<Actor> chain, AppUser leaving) {
        List<OrganizationKeepers> sets = chain.stream().map(a -> standIns.findById(a.getId()))
                .flatMap(Optional::stream).toList();
        return sets.stream().map(OrganizationKeepers::getDeputy)
                .filter(d -> d != null && !d.equals(leaving) && mayKeep(d, chain)).findFirst()
                .or(() -> sets.stream().map(OrganizationKeepers::getFallback)
                        .filter(f -> f != null && !f.equals(leaving) && f.isEnabled() && f.getRole() == UserRole.COORDINATOR)
                        .findFirst());
    }

    /** An active coordinator, or an active maintainer of one of the organizations. */
    static boolean mayKeep(AppUser user, List<Actor> chain) {
        if (!user.isEnabled()) {
            return false;
        }
        if (user.getRole() == UserRole.COORDINATOR) {
            return true;
        }
        Set<UUID> own = ids(user.getOrganizations());
        return user.getRole() == UserRole.MAINTAINER && chain.stream().anyMatch(a -> own.contains(a.getId()));
    }

    /** The organization and those above it, nearest first. */
    static List<Actor> chain(Actor organization) {
        List<Actor> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Actor a = organization; a != null && seen.add(a.getId()); a = a.getParent()) {
            chain.add(a);
        }
        return chain;
    }

    private static Set<UUID> ids(Iterable<Actor> organizations) {
        Set<UUID> ids = new HashSet<>();
        organizations.forEach(a -> ids.add(a.getId()));
        return ids;
    }

    private static List<Person> people(List<AppUser> found) {
        return found.stream().distinct().map(Handovers::person)
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Person person(AppUser user) {
        return new Person(user.getId(), name(user));
    }

    static String name(AppUser user) {
        String display = user.getDisplayName();
        return Objects.requireNonNullElse(display == null || display.isBlank() ? null : display, user.getUsername());
    }

    private AppUser user(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new RejectedInputException("handover.error.user-unknown"));
    }

    private void requireEditor(Actor responsible, UUID entryId) {
        if (!rights.keepsCurrent(responsible)) {
            throw rights.refused("assign keeper", entryId);
        }
    }

    private void requireCoordinator() {
        if (!currentUser.hasRole(UserRole.COORDINATOR)) {
            throw new AccessDeniedException("Handovers are the coordinators'");
        }
    }
}
