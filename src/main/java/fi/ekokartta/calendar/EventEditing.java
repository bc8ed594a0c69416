package fi.ekokartta.calendar;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.stewardship.EditingRights;
import net.fortuna.ical4j.model.Recur;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Changes to the vuosikello's events (issue 14), every permission decided here: coordinators
 * create, edit and delete any event; a maintainer those organized by an organization she keeps
 * current (päivitysvastuu, as {@link EditingRights} has it, units under it included), and she
 * cannot hand an event over to another organizer; everyone else changes nothing. Input is checked
 * field by field before anything is stored, and a save over a version someone else has since
 * saved is refused with what they changed. A refused command changes nothing.
 */
@Service
@Transactional
public class EventEditing {

    /** Translation keys of the reasons specific to events; the rest are {@link InputCheck}'s. */
    public static final String END_BEFORE_START = "calendar.error.end-before-start";
    public static final String RULE_INVALID = "calendar.error.recurrence-invalid";
    static final int MAX_DESCRIPTION = 4000;

    /** Everything the form edits; the forum an event may be linked to is kept as it is. */
    public record EventContent(LocalizedText title, LocalizedText description, EventCategory category, LocalDateTime start,
                               LocalDateTime end, String recurrence, String location, String onlineUrl, UUID organizerId,
                               Set<UUID> participantIds, boolean publicEvent) {

        public EventContent {
            participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        }

        static EventContent of(CalendarEvent event) {
            return new EventContent(copy(event.getTitle()), copy(event.getDescription()), event.getCategory(), event.getStart(),
                    event.getEnd(), event.getRecurrence(), event.getLocation(), event.getOnlineUrl(),
                    event.getOrganizer() == null ? null : event.getOrganizer().getId(),
                    event.getParticipants().stream().map(Actor::getId).collect(Collectors.toSet()), event.isPublicEvent());
        }
    }

    /** An event as the form loads it, with the version a save is checked against. */
    public record Editable(UUID id, long version, EventContent content) {
    }

    /** An actor the form offers as organizer or participant. */
    public record Choice(UUID id, LocalizedText name) {
    }

    private final CalendarEventRepository events;
    private final ActorRepository actors;
    private final EditingRights rights;

    EventEditing(CalendarEventRepository events, ActorRepository actors, EditingRights rights) {
        this.events = events;
        this.actors = actors;
        this.rights = rights;
    }

    // --- what the user may do (views ask, to show only the controls that work) ---

    /** Whether the user may create events at all: coordinators, and maintainers for their organizations. */
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return rights.isCoordinator() || rights.isMaintainer();
    }

    /** Whether the user may edit and delete this event. */
    @Transactional(readOnly = true)
    public boolean canEdit(UUID id) {
        return events.findById(id).map(event -> rights.keepsCurrent(event.getOrganizer())).orElse(false);
    }

    /** The organizers the user may choose: any active actor for coordinators, her own for a maintainer. */
    @Transactional(readOnly = true)
    public List<Choice> organizerChoices() {
        boolean coordinator = rights.isCoordinator();
        return actors.findActiveByName().stream().filter(actor -> coordinator || rights.keepsCurrent(actor))
                .map(actor -> new Choice(actor.getId(), actor.getName())).toList();
    }

    /** The actors that may be named as participants: the active ones. */
    @Transactional(readOnly = true)
    public List<Choice> participantChoices() {
        return actors.findActiveByName().stream().map(actor -> new Choice(actor.getId(), actor.getName())).toList();
    }

    @Transactional(readOnly = true)
    public Editable load(UUID id) {
        CalendarEvent event = events.findById(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
        if (!rights.keepsCurrent(event.getOrganizer())) {
            throw rights.refused("edit event", id);
        }
        return new Editable(event.getId(), event.getVersion(), EventContent.of(event));
    }

    // --- changes ---

    public Editable create(EventContent content) {
        if (!canCreate()) {
            throw rights.refused("create event", null);
        }
        Checked checked = check(content);
        if (!rights.keepsCurrent(checked.organizer())) {
            throw rights.refused("create event", content.organizerId());
        }
        CalendarEvent event = new CalendarEvent();
        apply(event, checked);
        CalendarEvent saved = events.saveAndFlush(event);
        return new Editable(saved.getId(), saved.getVersion(), EventContent.of(saved));
    }

    /** Saves all of the content over the version the form loaded; returns the new version. */
    public long update(UUID id, long expectedVersion, EventContent content) {
        CalendarEvent event = events.findById(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
        if (!rights.keepsCurrent(event.getOrganizer())) {
            throw rights.refused("edit event", id);
        }
        Checked checked = check(content);
        if (!rights.keepsCurrent(checked.organizer())) {
            throw rights.refused("hand over event", id);
        }
        if (event.getVersion() != expectedVersion) {
            throw ConflictException.between("Event " + id, expectedVersion, event.getVersion(), EventContent.of(event),
                    checked.content());
        }
        apply(event, checked);
        return events.saveAndFlush(event).getVersion();
    }

    public void delete(UUID id, long expectedVersion) {
        CalendarEvent event = events.findById(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
        if (!rights.keepsCurrent(event.getOrganizer())) {
            throw rights.refused("delete event", id);
        }
        if (event.getVersion() != expectedVersion) {
            throw new ConflictException("Event " + id, expectedVersion, event.getVersion(), List.of());
        }
        events.delete(event);
        events.flush();
    }

    // --- checks ---

    private record Checked(EventContent content, Actor organizer, Set<Actor> participants) {
    }

    private Checked check(EventContent content) {
        InputCheck check = new InputCheck();
        LocalizedText title = check.localized("title", content.title(), InputCheck.SHORT_TEXT, true, false);
        LocalizedText description = check.localized("description", content.description(), MAX_DESCRIPTION, false, false);
        if (content.category() == null) {
            check.reject("category", InputCheck.REQUIRED);
        }
        if (content.start() == null) {
            check.reject("start", InputCheck.REQUIRED);
        } else if (content.end() != null && !content.end().isAfter(content.start())) {
            check.reject("end", END_BEFORE_START);
        }
        String rule = recurrence(check, content.recurrence());
        String location = check.text("location", content.location(), InputCheck.SHORT_TEXT);
        String onlineUrl = check.url("onlineUrl", content.onlineUrl());
        Actor organizer = null;
        if (content.organizerId() == null && !rights.isCoordinator()) {
            check.reject("organizer", InputCheck.REQUIRED); // a maintainer's event is one of her organizations'
        } else if (content.organizerId() != null) {
            organizer = actors.findById(content.organizerId()).orElse(null);
            if (organizer == null) {
                check.reject("organizer", InputCheck.REQUIRED);
            }
        }
        Set<Actor> participants = new LinkedHashSet<>(actors.findAllById(content.participantIds()));
        if (participants.size() != content.participantIds().size()) {
            check.reject("participants", InputCheck.REQUIRED);
        }
        check.throwIfInvalid();
        EventContent checked = new EventContent(title, description, content.category(), content.start(), content.end(), rule,
                location, onlineUrl, content.organizerId(), content.participantIds(), content.publicEvent());
        return new Checked(checked, organizer, participants);
    }

    /** An RFC 5545 rule that ical4j reads, as written (an "RRULE:" in front dropped), or null for none. */
    static String recurrence(InputCheck check, String value) {
        String rule = check.text("recurrence", value, InputCheck.SHORT_TEXT);
        if (rule == null) {
            return null;
        }
        if (rule.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length()).strip();
        }
        try {
            Recur<LocalDateTime> recur = new Recur<>(rule);
            if (recur.getFrequency() == null) {
                return check.reject("recurrence", RULE_INVALID);
            }
            return rule; // as written: ical4j would reorder its parts
        } catch (RuntimeException notARule) {
            return check.reject("recurrence", RULE_INVALID);
        }
    }

    private static void apply(CalendarEvent event, Checked checked) {
        EventContent content = checked.content();
        event.setTitle(content.title());
        event.setDescription(content.description());
        event.setCategory(content.category());
        event.setStart(content.start());
        event.setEnd(content.end());
        event.setRecurrence(content.recurrence());
        event.setLocation(content.location());
        event.setOnlineUrl(content.onlineUrl());
        event.setOrganizer(checked.organizer());
        event.getParticipants().clear();
        event.getParticipants().addAll(checked.participants().stream()
                .sorted(Comparator.comparing(actor -> actor.getName().getFi(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        event.setPublicEvent(content.publicEvent());
    }

    private static LocalizedText copy(LocalizedText text) {
        return text == null ? new LocalizedText() : new LocalizedText(text.getFi(), text.getSv(), text.getEn());
    }
}
