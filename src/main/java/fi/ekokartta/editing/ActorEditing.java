package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorChanged;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.actor.BusinessId;
import fi.ekokartta.actor.Program;
import fi.ekokartta.actor.PublishedServices;
import fi.ekokartta.offering.OfferingRepository;

import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Editing of actors, one transaction per command: permission first, then the editor's version,
 * then every field, and only then a write. Coordinators create and change every actor;
 * maintainers change the actors their organizations keep current and create units under them.
 * Every save announces {@link ActorChanged}, so the services it provides are indexed with its
 * new name in the same commit.
 * <p>
 * Archiving and restoring are the coordinators' alone: an archived actor leaves the public
 * directory, the public API and the choices of parents and providers, which changes the map for
 * every organization, and the coordinator owns the map. Archiving is refused while the actor
 * still provides published services, naming how many: each has to be archived or moved to
 * another provider first, so no service is hidden or deleted silently. Its drafts and archived
 * services stay as they are; a draft of an archived provider cannot be published.
 * <p>
 * Programs are edited with the rest of the actor and keep their ids, so a renamed program keeps
 * its services. Removing a program that services belong to is refused, naming the program and how
 * many services (in any status) belong to it: the editor first chooses another program or none
 * for those services in the service editor, so no service loses its program without anyone
 * deciding it.
 */
@Service
@Transactional
public class ActorEditing {

    private static final int NAME_LENGTH = 200;
    /** The earliest year of incorporation an editor may give: older is a typing error. */
    static final int FIRST_YEAR = 1000;

    /**
     * An actor as an editor loads it; {@code approvalRequired} is the organization's publishing
     * setting, {@code defaultReviewIntervalMonths} its default review interval (null: inherited).
     */
    public record Editable(UUID id, long version, ActorStatus status, ActorContent content, boolean approvalRequired,
                           Integer defaultReviewIntervalMonths) {
    }

    /** An actor an editor may choose as a parent: its id and name. */
    public record Choice(UUID id, LocalizedText name) {
    }

    private final ActorRepository actors;
    private final EditingRights rights;
    private final ApplicationEventPublisher events;
    private final PublishedServices publishedServices;
    private final OfferingRepository offerings;

    ActorEditing(ActorRepository actors, EditingRights rights, ApplicationEventPublisher events,
                 PublishedServices publishedServices, OfferingRepository offerings) {
        this.actors = actors;
        this.rights = rights;
        this.events = events;
        this.publishedServices = publishedServices;
        this.offerings = offerings;
    }

    @Transactional(readOnly = true)
    public Editable load(UUID id) {
        Actor actor = actors.findById(id).orElseThrow(ActorEditing::unknown);
        requireKeeper(actor, "load for editing");
        return new Editable(actor.getId(), actor.getVersion(), actor.getStatus(), ActorContent.of(actor),
                actor.isApprovalRequired(), actor.getDefaultReviewIntervalMonths());
    }

    /** The active actors, which an editor offers as parents; archived ones are not chosen any more. */
    @Transactional(readOnly = true)
    public List<Choice> parentChoices() {
        return parentChoicesFor(null);
    }

    /**
     * The parents an editor of the actor offers: the active actors but the actor itself, and its
     * present parent even when that is archived, so that the form shows what is stored.
     */
    @Transactional(readOnly = true)
    public List<Choice> parentChoicesFor(UUID actorId) {
        if (!rights.isCoordinator() && !rights.isMaintainer()) {
            throw rights.refused("list parents", actorId);
        }
        List<Choice> choices = new ArrayList<>();
        Actor present = actorId == null ? null : actors.findById(actorId).map(Actor::getParent).orElse(null);
        if (present != null && !present.isActive()) {
            choices.add(new Choice(present.getId(), present.getName()));
        }
        actors.findActiveByName().stream().filter(actor -> !actor.getId().equals(actorId))
                .map(actor -> new Choice(actor.getId(), actor.getName())).forEach(choices::add);
        return choices;
    }

    /** Whether the signed-in user may archive and restore actors: coordinators only. */
    public boolean mayChangeStatus() {
        return rights.isCoordinator();
    }

    /**
     * Takes the actor off the public map, kept with its history. Refused while it provides
     * published services, with their number for the message.
     */
    public long archive(UUID id, long expectedVersion) {
        Actor actor = forStatusChange(id, expectedVersion, "archive actor");
        if (!actor.isActive()) {
            throw new RejectedInputException("editing.error.actor-archived");
        }
        long published = publishedServices.countProvidedBy(id);
        if (published > 0) {
            throw new RejectedInputException("editing.error.actor-has-published-services", published);
        }
        return changeStatus(actor, ActorStatus.ARCHIVED);
    }

    /** Brings an archived actor back to the public map. */
    public long restore(UUID id, long expectedVersion) {
        Actor actor = forStatusChange(id, expectedVersion, "restore actor");
        if (actor.isActive()) {
            throw new RejectedInputException("editing.error.actor-active");
        }
        return changeStatus(actor, ActorStatus.ACTIVE);
    }

    /** A new actor, responsible for its own entry; a maintainer's only as a unit under her organization. */
    public Editable create(ActorContent content) {
        Actor actor = new Actor();
        Checked checked = check(actor, content);
        if (!rights.isCoordinator() && (checked.parent() == null || !rights.keepsCurrent(checked.parent()))) {
            throw rights.refused("create actor", content.parentId());
        }
        apply(actor, checked);
        actor.getResponsibility().setResponsibleActor(actor);
        Actor saved = actors.saveAndFlush(actor);
        return new Editable(saved.getId(), saved.getVersion(), saved.getStatus(), checked.content(),
                saved.isApprovalRequired(), saved.getDefaultReviewIntervalMonths());
    }

    /** Saves all of the content over the version the editor loaded; returns the new version. */
    public long update(UUID id, long expectedVersion, ActorContent content) {
        Actor actor = actors.findForEditing(id).orElseThrow(ActorEditing::unknown);
        requireKeeper(actor, "edit actor");
        Checked checked = check(actor, content);
        if (actor.getVersion() != expectedVersion) {
            throw ConflictException.between("Actor " + id, expectedVersion, actor.getVersion(), ActorContent.of(actor),
                    checked.content());
        }
        apply(actor, checked);
        actor.setLastModified(Instant.now());
        long version = actors.saveAndFlush(actor).getVersion();
        events.publishEvent(new ActorChanged(id));
        return version;
    }

    /**
     * Whether the organization's (and its units') new entries need a coordinator's approval
     * before they are published. Coordinators alone decide it; returns the new version.
     */
    public long setApprovalRequired(UUID id, long expectedVersion, boolean required) {
        Actor actor = actors.findForEditing(id).orElseThrow(ActorEditing::unknown);
        if (!rights.isCoordinator()) {
            throw rights.refused("set approval of actor", id);
        }
        if (actor.getVersion() != expectedVersion) {
            throw new ConflictException("Actor " + id, expectedVersion, actor.getVersion(),
                    List.of(new ConflictException.ChangedField("approvalRequired", String.valueOf(actor.isApprovalRequired()))));
        }
        actor.setApprovalRequired(required);
        actor.setLastModified(Instant.now());
        return actors.saveAndFlush(actor).getVersion();
    }

    /**
     * The review interval (1–60 months) of the organization's entries and of its units' that set
     * none of their own; null leaves it to the organization above, else 12 months. Coordinators
     * alone set it, with the version check; returns the new version.
     */
    public long setDefaultReviewInterval(UUID id, long expectedVersion, Integer months) {
        Actor actor = actors.findForEditing(id).orElseThrow(ActorEditing::unknown);
        if (!rights.isCoordinator()) {
            throw rights.refused("set review interval of actor", id);
        }
        if (months != null && (months < 1 || months > 60)) {
            throw new ValidationException(Map.of("defaultReviewIntervalMonths", "editing.error.review-interval"));
        }
        if (actor.getVersion() != expectedVersion) {
            throw new ConflictException("Actor " + id, expectedVersion, actor.getVersion(), List.of(new ConflictException.ChangedField(
                    "defaultReviewIntervalMonths", String.valueOf(actor.getDefaultReviewIntervalMonths()))));
        }
        actor.setDefaultReviewIntervalMonths(months);
        actor.setLastModified(Instant.now());
        return actors.saveAndFlush(actor).getVersion();
    }

    private Actor forStatusChange(UUID id, long expectedVersion, String operation) {
        Actor actor = actors.findForEditing(id).orElseThrow(ActorEditing::unknown);
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, id);
        }
        if (actor.getVersion() != expectedVersion) {
            throw new ConflictException("Actor " + id, expectedVersion, actor.getVersion(),
                    List.of(new ConflictException.ChangedField("status", actor.getStatus().name())));
        }
        return actor;
    }

    private long changeStatus(Actor actor, ActorStatus status) {
        actor.setStatus(status);
        actor.setLastModified(Instant.now());
        long version = actors.saveAndFlush(actor).getVersion();
        events.publishEvent(new ActorChanged(actor.getId()));
        return version;
    }

    private record Checked(ActorContent content, Actor parent) {
    }

    private Checked check(Actor actor, ActorContent c) {
        InputCheck check = new InputCheck();
        String businessId = check.text("businessId", c.businessId(), 20);
        if (businessId != null) {
            businessId = BusinessId.normalize(businessId).orElseGet(() -> check.reject("businessId", "editing.error.business-id"));
        }
        Actor parent = null;
        if (c.parentId() != null) {
            parent = actors.findById(c.parentId()).orElseGet(() -> check.reject("parent", "editing.error.provider-unknown"));
            boolean sameParent = actor.getParent() != null && actor.getParent().getId().equals(c.parentId());
            if (parent != null && !parent.isActive() && !sameParent) {
                parent = check.reject("parent", "editing.error.parent-archived");
            } else if (parent != null && isUnder(parent, actor)) {
                parent = check.reject("parent", "editing.error.parent-cycle");
            }
        }
        ActorContent content = new ActorContent(check.localized("name", c.name(), NAME_LENGTH, true, false),
                check.text("alternateName", c.alternateName(), InputCheck.SHORT_TEXT),
                check.localized("description", c.description(), LocalizedText.MAX_LENGTH, false, true), c.sector(),
                businessId, c.parentId(), check.url("website", c.website()), check.email("email", c.email()),
                check.phone("phone", c.phone()), websites(check, c.websites()), identifiers(check, c.identifiers()),
                registration(check, c.registration()), programs(check, c.programs(), actor));
        check.throwIfInvalid();
        refuseRemovingProgramsInUse(actor, content.programs());
        return new Checked(content, parent);
    }

    /**
     * Programs: a name in Finnish each (Swedish and English optional) of at most 255 characters, an
     * alternate name and a description; a new row left wholly empty is dropped. A stored program's
     * untouched name or alternate name (an import's may be longer) is kept as it is, so it never
     * stops the editor from saving her other corrections.
     */
    private static List<ActorContent.Program> programs(InputCheck check, List<ActorContent.Program> programs, Actor actor) {
        List<ActorContent.Program> checked = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            ActorContent.Program program = programs.get(i);
            if (program.id() == null && program.name().isEmpty() && program.alternateName().isEmpty()
                    && program.description().isEmpty()) {
                continue;
            }
            String field = "programs." + i;
            Program stored = actor.getPrograms().stream().filter(p -> p.getId() != null && p.getId().equals(program.id()))
                    .findFirst().orElse(null);
            boolean nameKept = stored != null && stored.getName().equals(program.name());
            boolean alternateKept = stored != null && stored.getAlternateName().equals(program.alternateName());
            checked.add(new ActorContent.Program(program.id(),
                    check.localized(field + ".name", program.name(), nameKept ? LocalizedText.MAX_LENGTH : Program.NAME_LENGTH,
                            !nameKept, false),
                    check.localized(field + ".alternateName", program.alternateName(),
                            alternateKept ? LocalizedText.MAX_LENGTH : Program.NAME_LENGTH, false, false),
                    check.localized(field + ".description", program.description(), LocalizedText.MAX_LENGTH, false, false)));
        }
        return checked;
    }

    /** Refuses to remove a program services belong to, naming it and how many services there are. */
    private void refuseRemovingProgramsInUse(Actor actor, List<ActorContent.Program> kept) {
        Set<UUID> keptIds = new HashSet<>();
        kept.stream().map(ActorContent.Program::id).filter(java.util.Objects::nonNull).forEach(keptIds::add);
        for (Program program : actor.getPrograms()) {
            if (program.getId() == null || keptIds.contains(program.getId())) {
                continue;
            }
            long services = offerings.countByProgramId(program.getId());
            if (services > 0) {
                throw new RejectedInputException("editing.error.program-in-use", program.getName().getFi(), services);
            }
        }
    }

    /** Legal status and funding in words, a year from 1000 to this one, the logo's and the uri's web addresses. */
    private static ActorContent.Registration registration(InputCheck check, ActorContent.Registration r) {
        Integer year = r.yearIncorporated();
        int thisYear = Year.now().getValue();
        if (year != null && (year < FIRST_YEAR || year > thisYear)) {
            year = check.reject("yearIncorporated", "editing.error.year-incorporated");
        }
        return new ActorContent.Registration(check.text("legalStatus", r.legalStatus(), InputCheck.SHORT_TEXT), year,
                check.url("logo", r.logo()), check.url("uri", r.uri()), check.text("funding", r.funding(), Actor.FUNDING_LENGTH));
    }

    /** Further websites: an address each (a row left wholly empty is dropped), the label optional. */
    private static List<ActorContent.Website> websites(InputCheck check, List<ActorContent.Website> websites) {
        List<ActorContent.Website> checked = new ArrayList<>();
        for (int i = 0; i < websites.size(); i++) {
            ActorContent.Website website = websites.get(i);
            String field = "websites." + i;
            String label = check.text(field + ".label", website.label(), ActorWebsite.LABEL_LENGTH);
            if (isBlank(website.url())) {
                if (label != null) {
                    check.reject(field + ".url", InputCheck.REQUIRED);
                }
                continue;
            }
            checked.add(new ActorContent.Website(website.id(), label, check.url(field + ".url", website.url())));
        }
        return checked;
    }

    /** Identifiers other than the Y-tunnus: its kind and the identifier each, the register's scheme optional. */
    private static List<ActorContent.Identifier> identifiers(InputCheck check, List<ActorContent.Identifier> identifiers) {
        List<ActorContent.Identifier> checked = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            ActorContent.Identifier identifier = identifiers.get(i);
            String field = "identifiers." + i;
            String scheme = check.text(field + ".scheme", identifier.scheme(), ActorIdentifier.LENGTH);
            String type = check.text(field + ".type", identifier.type(), ActorIdentifier.LENGTH);
            String value = check.text(field + ".identifier", identifier.identifier(), ActorIdentifier.LENGTH);
            if (scheme == null && type == null && value == null) {
                continue;
            }
            if (type == null) {
                check.reject(field + ".type", InputCheck.REQUIRED);
            }
            if (value == null) {
                check.reject(field + ".identifier", InputCheck.REQUIRED);
            }
            checked.add(new ActorContent.Identifier(identifier.id(), scheme, type, value));
        }
        return checked;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether the actor is the candidate parent or one of its parents: the parents would go round. */
    private static boolean isUnder(Actor candidate, Actor actor) {
        Set<UUID> seen = new HashSet<>();
        for (Actor step = candidate; step != null && seen.add(step.getId()); step = step.getParent()) {
            if (step.getId().equals(actor.getId())) {
                return true;
            }
        }
        return false;
    }

    private static void apply(Actor actor, Checked checked) {
        ActorContent c = checked.content();
        actor.setName(c.name());
        actor.setAlternateName(c.alternateName());
        actor.setDescription(c.description());
        actor.setSector(c.sector());
        actor.setBusinessId(c.businessId());
        actor.setParent(checked.parent());
        actor.setWebsite(c.website());
        actor.setEmail(c.email());
        actor.setPhone(c.phone());
        ActorContent.Registration registration = c.registration();
        actor.setLegalStatus(registration.legalStatus());
        actor.setYearIncorporated(registration.yearIncorporated());
        actor.setLogo(registration.logo());
        actor.setUri(registration.uri());
        actor.setFunding(registration.funding());
        List<ActorWebsite> websites = new ArrayList<>();
        for (ActorContent.Website website : c.websites()) {
            ActorWebsite kept = actor.getWebsites().stream().filter(w -> w.getId().equals(website.id())).findFirst()
                    .orElseGet(ActorWebsite::new);
            kept.setLabel(website.label());
            kept.setUrl(website.url());
            websites.add(kept);
        }
        actor.replaceWebsites(websites);
        List<ActorIdentifier> identifiers = new ArrayList<>();
        for (ActorContent.Identifier identifier : c.identifiers()) {
            ActorIdentifier kept = actor.getIdentifiers().stream().filter(i -> i.getId().equals(identifier.id()))
                    .findFirst().orElseGet(ActorIdentifier::new);
            kept.setScheme(identifier.scheme());
            kept.setType(identifier.type());
            kept.setIdentifier(identifier.identifier());
            identifiers.add(kept);
        }
        actor.replaceIdentifiers(identifiers);
        List<Program> programs = new ArrayList<>();
        for (ActorContent.Program program : c.programs()) {
            Program kept = actor.getPrograms().stream().filter(p -> p.getId() != null && p.getId().equals(program.id()))
                    .findFirst().orElseGet(Program::new);
            kept.setName(program.name());
            kept.setAlternateName(program.alternateName());
            kept.setDescription(program.description());
            programs.add(kept);
        }
        actor.replacePrograms(programs);
    }

    private void requireKeeper(Actor actor, String operation) {
        if (!rights.keepsCurrent(actor.getResponsibility().getResponsibleActor())) {
            throw rights.refused(operation, actor.getId());
        }
    }

    private static RejectedInputException unknown() {
        return new RejectedInputException("feedback.error.entry-unknown");
    }
}
