package fi.ekokartta.calendar;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 14: a coordinator's events checked field by field, their rules read by ical4j, saves over others' refused. */
class EventEditingTest extends AbstractAppTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 5, 11, 10, 0);

    @Autowired
    private EventEditing editing;
    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private I18NProvider translations;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor organizer;

    @BeforeEach
    void coordinator() {
        unique = EntryFixture.unique();
        organizer = entries().actor("Tapahtumajärjestäjä " + unique);
        saveUser("tapahtumakoordinaattori-" + unique, UserRole.COORDINATOR);
        login("tapahtumakoordinaattori-" + unique, UserRole.COORDINATOR);
        deleteAfterTest(this::deleteEvents);
    }

    private void deleteEvents() {
        jdbc.update("delete from calendar_event_participant where event_id in (select id from calendar_event where title_fi like ?)",
                "%" + unique);
        jdbc.update("delete from calendar_event where title_fi like ?", "%" + unique);
    }

    @Test
    void a_valid_event_is_stored_with_its_rule_participants_and_link() {
        Actor participant = entries().actor("Osallistuja " + unique);
        deleteAfterTest(this::deleteEvents); // before the actor, which the event names
        EventEditing.Editable created = editing.create(new EventEditing.EventContent(
                new LocalizedText("  Työpaja " + unique + " ", "Workshop " + unique, null), LocalizedText.of("Kuvaus"),
                EventCategory.TRAINING, START, START.plusHours(2), "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "Kokoustila",
                "https://example.org/tyopaja", organizer.getId(), Set.of(participant.getId()), true));

        CalendarEvent stored = events.findById(created.id()).orElseThrow();
        assertThat(stored.getTitle().getFi()).isEqualTo("Työpaja " + unique);
        assertThat(stored.getRecurrence()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
        assertThat(Occurrences.starts(stored.getStart(), stored.getRecurrence(), START.toLocalDate(), START.toLocalDate().plusYears(1))).hasSize(3);
        assertThat(created.content().organizerId()).isEqualTo(organizer.getId());
        assertThat(created.content().participantIds()).containsExactly(participant.getId());
        assertThat(editing.canEdit(created.id())).isTrue();
    }

    @Test
    void every_wrong_field_is_named_with_a_translated_reason() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> editing.create(
                new EventEditing.EventContent(new LocalizedText(" ", "Bara svenska " + unique, null), null, null, null, null,
                        "FREQ=SOMETIMES", null, "ftp://example.org/x", organizer.getId(), Set.of(), true)));

        assertThat(invalid.getFieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "title.fi", InputCheck.REQUIRED,
                "category", InputCheck.REQUIRED,
                "start", InputCheck.REQUIRED,
                "recurrence", EventEditing.RULE_INVALID,
                "onlineUrl", InputCheck.URL_INVALID));
        assertThat(jdbc.queryForObject("select count(*) from calendar_event where title_sv like ?", Long.class, "%" + unique)).isZero();
        for (String language : new String[] {"fi", "sv", "en"}) {
            for (String key : invalid.getFieldErrors().values()) {
                assertThat(translations.getTranslation(key, Locale.forLanguageTag(language))).as(language + " " + key)
                        .isNotBlank().doesNotContain("!{");
            }
        }
        assertThat(translations.getTranslation(EventEditing.RULE_INVALID, Locale.forLanguageTag("fi"))).contains("Toistosääntö", "RRULE");
    }

    @Test
    void the_end_must_come_after_the_start_and_a_rule_must_be_one() {
        assertThat(errors(START, START.minusHours(1), null)).containsEntry("end", EventEditing.END_BEFORE_START);
        assertThat(errors(START, START, null)).containsEntry("end", EventEditing.END_BEFORE_START);
        assertThat(errors(START, null, "joka toinen tiistai")).containsEntry("recurrence", EventEditing.RULE_INVALID);
        assertThat(errors(START, null, "BYDAY=2TU")).containsEntry("recurrence", EventEditing.RULE_INVALID);
        assertThat(errors(START, null, "FREQ=WEEKLY;BYDAY=XX")).containsEntry("recurrence", EventEditing.RULE_INVALID);
    }

    @Test
    void a_save_over_someone_elses_is_refused_with_what_they_changed() {
        EventEditing.Editable loaded = editing.create(content("Alkuperäinen " + unique, null));
        long theirs = editing.update(loaded.id(), loaded.version(), content("Toisen muutos " + unique, null));

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> editing.update(loaded.id(), loaded.version(), content("Oma muutos " + unique, "FREQ=WEEKLY")));

        assertThat(conflict.getCurrentVersion()).isEqualTo(theirs);
        assertThat(conflict.getChangedFields()).extracting(ConflictException.ChangedField::field).contains("title", "recurrence");
        assertThat(events.findById(loaded.id()).orElseThrow().getTitle().getFi()).isEqualTo("Toisen muutos " + unique);
        catchThrowableOfType(ConflictException.class, () -> editing.delete(loaded.id(), loaded.version()));
        assertThat(events.existsById(loaded.id())).isTrue();

        editing.delete(loaded.id(), theirs);
        assertThat(events.existsById(loaded.id())).isFalse();
    }

    @Test
    void a_maintainers_event_needs_one_of_her_organizations_as_organizer() {
        saveUser("tapahtumaylläpitäjä-" + unique, UserRole.MAINTAINER, organizer);
        login("tapahtumaylläpitäjä-" + unique, UserRole.MAINTAINER);

        assertThat(editing.organizerChoices()).extracting(EventEditing.Choice::id).containsExactly(organizer.getId());
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> editing.create(
                new EventEditing.EventContent(LocalizedText.of("Ilman järjestäjää " + unique), null, EventCategory.TRAINING, START,
                        null, null, null, null, null, Set.of(), true)));
        assertThat(invalid.getFieldErrors()).containsExactly(Map.entry("organizer", InputCheck.REQUIRED));
        assertThat(editing.create(content("Oma koulutus " + unique, "FREQ=WEEKLY;COUNT=2")).id()).isNotNull();
    }

    private Map<String, String> errors(LocalDateTime start, LocalDateTime end, String rule) {
        return catchThrowableOfType(ValidationException.class, () -> editing.create(new EventEditing.EventContent(
                LocalizedText.of("Virheellinen " + unique), null, EventCategory.DEADLINE, start, end, rule, null, null,
                organizer.getId(), Set.of(), false))).getFieldErrors();
    }

    private EventEditing.EventContent content(String title, String rule) {
        return new EventEditing.EventContent(LocalizedText.of(title), null, EventCategory.NETWORK_MEETING, START, START.plusHours(1),
                rule, null, null, organizer.getId(), Set.of(), true);
    }
}
