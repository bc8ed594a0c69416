package fi.ekokartta.forum;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating the next meeting (template, carried-over action items, overdue entries) and writing minutes. */
class MeetingEditingTest extends AbstractAppTest {

    @Autowired
    private MeetingEditing editing;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private MeetingRepository meetings;
    @Autowired
    private TransactionTemplate transactions;

    private String unique;
    private ForumFixture fixture;

    @BeforeEach
    void a_forum_with_an_overdue_member() {
        unique = EntryFixture.unique();
        Actor a = entries().actor("Toimija A " + unique);
        Actor b = entries().actor("Toimija B " + unique);
        entries().offering("Vanhentunut palvelu " + unique, b, OfferingStatus.PUBLISHED, offering -> {
            offering.getResponsibility().setLastReviewed(LocalDate.now().minusYears(3));
            offering.getResponsibility().setReviewIntervalMonths(6);
        });
        fixture = new ForumFixture(unique, a, b).save(forums, this::deleteAfterTest);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void the_next_meeting_carries_over_open_action_items_and_lists_overdue_entries() {
        UUID id = editing.createNextMeeting(fixture.forum.getId(), new MeetingEditing.NewMeeting("Seuraava " + unique,
                LocalDateTime.now().plusDays(60), null, "Verkossa"));

        List<AgendaItem> agenda = transactions.execute(status -> List.copyOf(meetings.findById(id).orElseThrow().getAgenda()));
        assertThat(agenda.getFirst().getTitle()).isEqualTo("Avaus " + unique);
        assertThat(agenda.getFirst().getPresenter()).isEqualTo("Puheenjohtaja");
        assertThat(agenda.getFirst().getDurationMinutes()).isEqualTo(5);
        String open = agenda.get(1).getTitle();
        assertThat(open).startsWith(MeetingEditing.OPEN_ACTIONS_ITEM).contains("Avoin tehtävä " + unique)
                .doesNotContain("Tehty tehtävä");
        assertThat(agenda.get(2).getTitle()).startsWith(MeetingEditing.OVERDUE_ENTRIES_ITEM)
                .contains("Vanhentunut palvelu " + unique);
        int participants = transactions.execute(status -> meetings.findById(id).orElseThrow().getParticipants().size());
        assertThat(participants).isEqualTo(2);
    }

    @Test
    void an_action_item_done_no_longer_carries_over() {
        editing.updateActionItem(fixture.openItem.getId(), ActionStatus.DONE);

        UUID id = editing.createNextMeeting(fixture.forum.getId(), new MeetingEditing.NewMeeting("Seuraava " + unique,
                LocalDateTime.now().plusDays(60), null, null));

        List<AgendaItem> agenda = transactions.execute(status -> List.copyOf(meetings.findById(id).orElseThrow().getAgenda()));
        assertThat(agenda).noneMatch(item -> item.getTitle().startsWith(MeetingEditing.OPEN_ACTIONS_ITEM));
    }

    @Test
    void a_forum_without_a_template_starts_from_its_latest_agenda() {
        transactions.executeWithoutResult(status -> forums.findById(fixture.forum.getId()).orElseThrow()
                .getAgendaTemplate().clear());

        UUID id = editing.createNextMeeting(fixture.forum.getId(), new MeetingEditing.NewMeeting("Seuraava " + unique,
                LocalDateTime.now().plusDays(60), null, null));

        List<AgendaItem> agenda = transactions.execute(status -> List.copyOf(meetings.findById(id).orElseThrow().getAgenda()));
        assertThat(agenda.getFirst().getTitle()).isEqualTo("Tilannekatsaus " + unique);
        assertThat(agenda.getFirst().getDurationMinutes()).isEqualTo(20);
    }

    @Test
    void minutes_are_cleaned_of_scripts() {
        editing.writeMinutes(fixture.recent.getId(), "<p>Käsiteltiin <b>asiat</b>.</p><script>alert(1)</script>", true);

        Meeting meeting = meetings.findById(fixture.recent.getId()).orElseThrow();
        assertThat(meeting.getMinutes()).contains("<b>asiat</b>").doesNotContain("script").doesNotContain("alert");
        assertThat(meeting.isMinutesPublished()).isTrue();
    }

    @Test
    void plain_minutes_are_kept_as_typed() {
        editing.writeMinutes(fixture.recent.getId(), "Ensimmäinen kappale & muuta.\n\nToinen kappale.", false);

        assertThat(meetings.findById(fixture.recent.getId()).orElseThrow().getMinutes())
                .isEqualTo("Ensimmäinen kappale & muuta.\n\nToinen kappale.");
    }

    @Test
    void input_is_validated_with_message_keys() {
        assertThatThrownBy(() -> editing.addAgendaItem(fixture.recent.getId(), " ", null, 10))
                .isInstanceOf(RejectedInputException.class).hasMessage("input.error.required");
        assertThatThrownBy(() -> editing.addAgendaItem(fixture.recent.getId(), "Kohta", null, -5))
                .isInstanceOf(RejectedInputException.class).hasMessage("forum.error.duration");
        LocalDateTime start = LocalDateTime.now().plusDays(5);
        assertThatThrownBy(() -> editing.createNextMeeting(fixture.forum.getId(),
                new MeetingEditing.NewMeeting("Kokous", start, start.minusHours(1), null)))
                .isInstanceOf(RejectedInputException.class).hasMessage("forum.error.end-before-start");
    }

    @Test
    void agenda_items_keep_presenter_and_length() {
        editing.addAgendaItem(fixture.recent.getId(), "Uusi kohta " + unique, "Sihteeri", 15);

        List<AgendaItem> agenda = transactions.execute(status ->
                List.copyOf(meetings.findById(fixture.recent.getId()).orElseThrow().getAgenda()));
        assertThat(agenda.getLast().getTitle()).isEqualTo("Uusi kohta " + unique);
        assertThat(agenda.getLast().getPresenter()).isEqualTo("Sihteeri");
        assertThat(agenda.getLast().getDurationMinutes()).isEqualTo(15);
    }

    @Test
    void a_removal_of_something_changed_meanwhile_is_refused_and_removes_nothing() {
        UUID meeting = fixture.recent.getId();
        editing.addDecision(meeting, "Toinen päätös " + unique);
        assertThatThrownBy(() -> editing.removeDecision(meeting, 0, "Toinen päätös " + unique))
                .as("the list the user saw is not the list now").isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).getMessageKey()).isEqualTo("forum.error.changed");
        assertThatThrownBy(() -> editing.removeAgendaItem(meeting, 5, "Tilannekatsaus " + unique))
                .isInstanceOf(RejectedInputException.class);
        Integer decisions = transactions.execute(status -> meetings.findById(meeting).orElseThrow().getDecisions().size());
        assertThat(decisions).isEqualTo(2);

        editing.removeDecision(meeting, 1, "Toinen päätös " + unique);
        editing.removeAgendaItem(meeting, 0, "Tilannekatsaus " + unique);
        transactions.executeWithoutResult(status -> {
            Meeting now = meetings.findById(meeting).orElseThrow();
            assertThat(now.getDecisions()).containsExactly("Salainen päätös " + unique);
            assertThat(now.getAgenda()).isEmpty();
        });
    }

    @Test
    void a_deleted_action_item_leaves_the_others_in_order() {
        UUID meeting = fixture.recent.getId();
        editing.deleteActionItem(fixture.openItem.getId());
        UUID added = editing.addActionItem(meeting, "Uusi tehtävä " + unique, null, null);
        transactions.executeWithoutResult(status -> assertThat(meetings.findById(meeting).orElseThrow().getActionItems())
                .extracting(ActionItem::getDescription, ActionItem::getPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tehty tehtävä " + unique, 0),
                        org.assertj.core.groups.Tuple.tuple("Uusi tehtävä " + unique, 1)));
        assertThat(added).isNotNull();
        assertThatThrownBy(() -> editing.deleteActionItem(fixture.openItem.getId())).as("already gone")
                .isInstanceOf(RejectedInputException.class);
    }
}
