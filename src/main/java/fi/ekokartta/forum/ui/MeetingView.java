package fi.ekokartta.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.forum.ActionStatus;
import fi.ekokartta.forum.AgendaItem;
import fi.ekokartta.forum.Attendance;
import fi.ekokartta.forum.ForumDirectory;
import fi.ekokartta.forum.MeetingEditing;
import fi.ekokartta.roadmap.Roadmap;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's page: when and where, the agenda, the participants and their attendance, and the
 * minutes, decisions and action items as far as the reader may see them (decided by
 * {@link ForumDirectory}); a coordinator edits them here.
 */
@Route("foorumit/kokous")
@AnonymousAllowed
class MeetingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String CHANGED_MEANWHILE = "forum.error.changed";

    private final ForumDirectory directory;
    private final MeetingEditing editing;
    private final Roadmap roadmap;
    private final Paragraph result = new Paragraph();
    private UUID meetingId;
    private String title = "";

    MeetingView(ForumDirectory directory, MeetingEditing editing, Roadmap roadmap) {
        this.directory = directory;
        this.editing = editing;
        this.roadmap = roadmap;
        addClassNames("page", "meeting-page");
        result.getElement().setAttribute("role", "status");
        result.addClassName("form-result");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        meetingId = ForumViews.uuid(parameter).orElseThrow(() -> new NotFoundException("No meeting " + parameter));
        show();
    }

    private void show() {
        ForumDirectory.MeetingPage meeting = directory.meeting(meetingId)
                .orElseThrow(() -> new NotFoundException("No meeting " + meetingId));
        Language language = Language.of(getLocale());
        boolean coordinator = editing.canEditMeetings();
        removeAll();
        title = meeting.title();
        add(new Anchor("foorumit/" + meeting.forumId(), meeting.forumName().get(getLocale())), new H1(title));
        String when = FinnishDates.dateTime(meeting.start(), language)
                + (meeting.end() == null ? "" : "–" + FinnishDates.dateTime(meeting.end(), language));
        add(new Paragraph(getTranslation("forum.meeting.when", when)));
        if (meeting.location() != null) {
            add(new Paragraph(getTranslation("forum.meeting.where", meeting.location())));
        }
        add(agenda(meeting, coordinator), participants(meeting), minutes(meeting, coordinator), decisions(meeting, coordinator));
        if (!meeting.restricted()) {
            add(actionItems(meeting, coordinator));
        }
        add(roadmapActions(), result);
    }

    private TitledSection agenda(ForumDirectory.MeetingPage meeting, boolean coordinator) {
        TitledSection section = new TitledSection("meeting-agenda", getTranslation("forum.agenda.title"));
        if (meeting.agenda().isEmpty()) {
            section.add(new Paragraph(getTranslation("forum.agenda.empty")));
        } else {
            List<String> columns = new ArrayList<>(List.of(getTranslation("forum.column.item"),
                    getTranslation("forum.column.presenter"), getTranslation("forum.column.duration")));
            if (coordinator) {
                columns.add(getTranslation("forum.column.remove"));
            }
            HtmlTable table = new HtmlTable(getTranslation("forum.agenda.caption"), columns.toArray(String[]::new));
            for (int i = 0; i < meeting.agenda().size(); i++) {
                AgendaItem item = meeting.agenda().get(i);
                List<Object> cells = new ArrayList<>(Arrays.asList(item.getTitle(), item.getPresenter(),
                        item.getDurationMinutes() == null ? "" : getTranslation("forum.minutes-count", item.getDurationMinutes())));
                if (coordinator) {
                    int index = i;
                    cells.add(removeButton("forum.agenda.remove-item", item.getTitle(),
                            () -> editing.removeAgendaItem(meetingId, index, item.getTitle())));
                }
                table.row(cells.toArray());
            }
            section.add(table);
        }
        if (coordinator) {
            TextField item = new TextField(getTranslation("forum.field.item"));
            TextField presenter = new TextField(getTranslation("forum.field.presenter"));
            IntegerField duration = new IntegerField(getTranslation("forum.field.duration"));
            section.add(form(item, presenter, duration, new Button(getTranslation("forum.agenda.add"), click -> change(() ->
                    editing.addAgendaItem(meetingId, item.getValue(), presenter.getValue(), duration.getValue())))));
        }
        return section;
    }

    private TitledSection participants(ForumDirectory.MeetingPage meeting) {
        TitledSection section = new TitledSection("meeting-participants", getTranslation("forum.participants.title"));
        HtmlTable table = new HtmlTable(getTranslation("forum.participants.caption"), getTranslation("forum.column.actor"),
                getTranslation("forum.column.representative"), getTranslation("forum.column.attendance"));
        for (ForumDirectory.ParticipantRow participant : meeting.participants()) {
            String actor = participant.actor().get(getLocale());
            Object attendance = getTranslation("forum.attendance." + participant.attendance());
            if (editing.canMarkAttendance(participant.actorId())) {
                Select<Attendance> select = new Select<>();
                select.setItems(Attendance.values());
                select.setItemLabelGenerator(value -> getTranslation("forum.attendance." + value));
                select.setValue(participant.attendance());
                select.setAriaLabel(getTranslation("forum.attendance.of", actor));
                select.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        change(() -> editing.markAttendance(participant.id(), change.getValue()));
                    }
                });
                attendance = select;
            }
            table.row(actor, participant.representative(), attendance);
        }
        section.add(table);
        return section;
    }

    private TitledSection minutes(ForumDirectory.MeetingPage meeting, boolean coordinator) {
        TitledSection section = new TitledSection("meeting-minutes", getTranslation("forum.minutes.title"));
        if (meeting.minutes() != null) {
            section.add(new RichTextBlock(meeting.minutes()));
            if (!meeting.minutesPublished()) {
                section.add(new Paragraph(getTranslation("forum.minutes.unpublished")));
            }
        } else {
            section.add(new Paragraph(getTranslation(meeting.restricted() ? "forum.minutes.not-public" : "forum.minutes.none")));
        }
        if (coordinator) {
            TextArea text = new TextArea(getTranslation("forum.field.minutes"));
            text.setHelperText(getTranslation("forum.field.minutes.help"));
            text.setValue(meeting.minutes() == null ? "" : meeting.minutes());
            Checkbox published = new Checkbox(getTranslation("forum.field.published"), meeting.minutesPublished());
            section.add(form(text, published, new Button(getTranslation("forum.minutes.save"), click -> change(() ->
                    editing.writeMinutes(meetingId, text.getValue(), published.getValue())))));
        }
        return section;
    }

    private TitledSection decisions(ForumDirectory.MeetingPage meeting, boolean coordinator) {
        TitledSection section = new TitledSection("meeting-decisions", getTranslation("forum.decisions.title"));
        if (meeting.decisions().isEmpty()) {
            section.add(new Paragraph(getTranslation(meeting.restricted() && !meeting.minutesPublished()
                    ? "forum.minutes.not-public" : "forum.decisions.none")));
        } else {
            OrderedList list = new OrderedList();
            for (int i = 0; i < meeting.decisions().size(); i++) {
                String decision = meeting.decisions().get(i);
                ListItem item = new ListItem(decision);
                if (coordinator) {
                    int index = i;
                    item.add(new Span(" "), removeButton("forum.decisions.remove-item", decision,
                            () -> editing.removeDecision(meetingId, index, decision)));
                }
                list.add(item);
            }
            section.add(list);
        }
        if (coordinator) {
            TextField decision = new TextField(getTranslation("forum.field.decision"));
            section.add(form(decision, new Button(getTranslation("forum.decisions.add"), click -> change(() ->
                    editing.addDecision(meetingId, decision.getValue())))));
        }
        return section;
    }

    private TitledSection actionItems(ForumDirectory.MeetingPage meeting, boolean coordinator) {
        TitledSection section = new TitledSection("meeting-actions", getTranslation("forum.actions.title"));
        if (meeting.actionItems().isEmpty()) {
            section.add(new Paragraph(getTranslation("forum.actions.none")));
        } else {
            List<String> columns = new ArrayList<>(List.of(getTranslation("forum.column.action"),
                    getTranslation("forum.column.owner"), getTranslation("forum.column.due"),
                    getTranslation("forum.column.status")));
            if (coordinator) {
                columns.add(getTranslation("forum.column.remove"));
            }
            HtmlTable table = new HtmlTable(getTranslation("forum.actions.caption"), columns.toArray(String[]::new));
            for (ForumDirectory.ActionItemRow item : meeting.actionItems()) {
                List<Object> cells = new ArrayList<>(Arrays.asList(item.description(),
                        item.owner() == null ? "" : item.owner().get(getLocale()), FinnishDates.date(item.due()),
                        status(item)));
                if (coordinator) {
                    cells.add(removeButton("forum.actions.remove-item", item.description(),
                            () -> editing.deleteActionItem(item.id())));
                }
                table.row(cells.toArray());
            }
            section.add(table);
        }
        if (coordinator) {
            TextField description = new TextField(getTranslation("forum.field.action"));
            ComboBox<ForumDirectory.ParticipantRow> owner = new ComboBox<>(getTranslation("forum.field.owner"));
            owner.setItems(editing.ownerChoices(meetingId));
            owner.setItemLabelGenerator(row -> row.actor().get(getLocale()));
            DatePicker due = new DatePicker(getTranslation("forum.field.due"));
            section.add(form(description, owner, due, new Button(getTranslation("forum.actions.add"), click -> change(() ->
                    editing.addActionItem(meetingId, description.getValue(),
                            owner.getValue() == null ? null : owner.getValue().actorId(), due.getValue())))));
        }
        return section;
    }

    /** "Tiekartan toimenpiteet": the roadmap actions decided or followed up in this meeting, each linked to the roadmap. */
    private TitledSection roadmapActions() {
        TitledSection section = new TitledSection("meeting-roadmap", getTranslation("roadmap.meeting-section.title"));
        java.util.List<Roadmap.MeetingAction> actions = roadmap.actionsOfMeeting(meetingId);
        if (actions.isEmpty()) {
            section.add(new Paragraph(getTranslation("roadmap.meeting-section.none")));
            return section;
        }
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (Roadmap.MeetingAction action : actions) {
            String how = action.decidedHere() && action.followedUpHere()
                    ? getTranslation("roadmap.meeting-section.decided") + ", " + getTranslation("roadmap.meeting-section.followed")
                    : getTranslation(action.decidedHere() ? "roadmap.meeting-section.decided" : "roadmap.meeting-section.followed");
            ListItem item = new ListItem(new Anchor("tiekartta#" + Roadmap.anchor(action.id()), action.title().get(getLocale())));
            item.add(" " + getTranslation("roadmap.meeting-section.item", action.goal().get(getLocale()),
                    getTranslation("roadmap.status." + action.status()), how));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** The status as text, or a choice for whoever may change it. */
    Object status(ForumDirectory.ActionItemRow item) {
        return statusCell(this, editing, item, this::change);
    }

    static Object statusCell(Component view, MeetingEditing editing, ForumDirectory.ActionItemRow item,
                             java.util.function.Consumer<Runnable> change) {
        if (!editing.canUpdateActionItem(item.ownerId())) {
            return view.getTranslation("forum.status." + item.status());
        }
        Select<ActionStatus> select = new Select<>();
        select.setItems(ActionStatus.values());
        select.setItemLabelGenerator(value -> view.getTranslation("forum.status." + value));
        select.setValue(item.status());
        select.setAriaLabel(view.getTranslation("forum.status.of", item.description()));
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change.accept(() -> editing.updateActionItem(item.id(), event.getValue()));
            }
        });
        return select;
    }

    /** "Poista", named for a screen reader by what it removes. */
    private Button removeButton(String labelKey, String what, Runnable removal) {
        Button remove = new Button(getTranslation("forum.template.remove"), click -> change(removal));
        remove.setAriaLabel(getTranslation(labelKey, what));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private static Div form(Component... fields) {
        Div form = new Div(fields);
        form.addClassName("forum-form");
        return form;
    }

    private void change(Runnable change) {
        try {
            change.run();
            show();
            result.setText(getTranslation("forum.saved"));
        } catch (RejectedInputException rejected) {
            if (CHANGED_MEANWHILE.equals(rejected.getMessageKey())) {
                show();
            }
            result.setText(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException refused) {
            result.setText(getTranslation("forum.refused"));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Ekokartta";
    }
}
