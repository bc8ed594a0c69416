package fi.ekokartta.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
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
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.forum.ForumDirectory;
import fi.ekokartta.forum.MeetingEditing;

import java.util.List;
import java.util.UUID;

/** A forum's page: its meetings, past and upcoming, and how often each actor attended. */
@Route("foorumit")
@AnonymousAllowed
class ForumView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ForumDirectory directory;
    private final MeetingEditing editing;
    private String title = "";
    private final Paragraph templateResult = new Paragraph();

    ForumView(ForumDirectory directory, MeetingEditing editing) {
        this.directory = directory;
        this.editing = editing;
        addClassNames("page", "forum-page");
        templateResult.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        ForumDirectory.ForumPage forum = ForumViews.uuid(parameter).flatMap(directory::forum)
                .orElseThrow(() -> new NotFoundException("No forum " + parameter));
        removeAll();
        title = forum.name().get(getLocale());
        add(new Anchor("foorumit", getTranslation("forum.back-to-list")), new H1(title),
                new Paragraph(getTranslation("forum.type." + forum.type())));
        if (!forum.description().isEmpty()) {
            add(new Paragraph(forum.description().get(getLocale())));
        }
        if (forum.coordinator() != null) {
            add(new Paragraph(getTranslation("forum.coordinator", forum.coordinator().get(getLocale()))));
        }
        add(meetings("forum-upcoming", "forum.upcoming", forum.upcoming()),
                meetings("forum-past", "forum.past", forum.past()), attendance(forum));
        if (editing.canEditMeetings()) {
            add(template(forum), newMeeting(forum.id()));
        }
    }

    private TitledSection meetings(String id, String titleKey, List<ForumDirectory.MeetingRow> rows) {
        TitledSection section = new TitledSection(id, getTranslation(titleKey));
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("forum.no-meetings")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ForumDirectory.MeetingRow row : rows) {
            list.add(new ListItem(new Anchor("foorumit/kokous/" + row.id(), row.title()),
                    new com.vaadin.flow.component.html.Span(" – " + FinnishDates.dateTime(row.start(), Language.of(getLocale()))
                            + (row.location() == null ? "" : ", " + row.location()))));
        }
        section.add(list);
        return section;
    }

    private TitledSection attendance(ForumDirectory.ForumPage forum) {
        TitledSection section = new TitledSection("forum-attendance", getTranslation("forum.attendance.title"));
        if (forum.attendance().isEmpty()) {
            section.add(new Paragraph(getTranslation("forum.attendance.none")));
            return section;
        }
        HtmlTable table = new HtmlTable(getTranslation("forum.attendance.caption"), getTranslation("forum.column.actor"),
                getTranslation("forum.column.attended"), getTranslation("forum.column.held"),
                getTranslation("forum.column.share"));
        forum.attendance().forEach(figure -> table.row(figure.actor().get(getLocale()), figure.attended(), figure.held(),
                figure.percent() + " %"));
        section.add(table);
        return section;
    }

    private TitledSection template(ForumDirectory.ForumPage forum) {
        TitledSection section = new TitledSection("forum-template", getTranslation("forum.template.title"));
        if (forum.agendaTemplate().isEmpty()) {
            section.add(new Paragraph(getTranslation("forum.template.empty")));
        } else {
            HtmlTable table = new HtmlTable(getTranslation("forum.template.title"), getTranslation("forum.column.item"),
                    getTranslation("forum.column.presenter"), getTranslation("forum.column.duration"), getTranslation("forum.column.remove"));
            for (int i = 0; i < forum.agendaTemplate().size(); i++) {
                int index = i;
                var item = forum.agendaTemplate().get(i);
                Button remove = new Button(getTranslation("forum.template.remove"), click -> change(forum.id(),
                        () -> editing.removeTemplateItem(forum.id(), index, item.getTitle())));
                remove.setAriaLabel(getTranslation("forum.template.remove-item", item.getTitle()));
                table.row(item.getTitle(), item.getPresenter(), item.getDurationMinutes() == null ? ""
                        : getTranslation("forum.minutes-count", item.getDurationMinutes()), remove);
            }
            section.add(table);
        }
        TextField item = new TextField(getTranslation("forum.field.item"));
        TextField presenter = new TextField(getTranslation("forum.field.presenter"));
        IntegerField duration = new IntegerField(getTranslation("forum.field.duration"));
        Div form = new Div(item, presenter, duration, new Button(getTranslation("forum.agenda.add"), click -> change(forum.id(),
                () -> editing.addTemplateItem(forum.id(), item.getValue(), presenter.getValue(), duration.getValue()))));
        form.addClassName("forum-form");
        section.add(form, templateResult);
        return section;
    }

    private void change(UUID forumId, Runnable change) {
        try {
            change.run();
            setParameter(null, forumId.toString());
            templateResult.setText(getTranslation("forum.saved"));
        } catch (RejectedInputException rejected) {
            if ("forum.error.changed".equals(rejected.getMessageKey())) {
                setParameter(null, forumId.toString());
            }
            templateResult.setText(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        }
    }

    private TitledSection newMeeting(UUID forumId) {
        TitledSection section = new TitledSection("forum-new-meeting", getTranslation("forum.new-meeting.title"));
        TextField meetingTitle = new TextField(getTranslation("forum.field.title"));
        DateTimePicker start = new DateTimePicker(getTranslation("forum.field.start"));
        TextField location = new TextField(getTranslation("forum.field.location"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("forum.new-meeting.create"), click -> {
            try {
                UUID id = editing.createNextMeeting(forumId, new MeetingEditing.NewMeeting(meetingTitle.getValue(),
                        start.getValue(), null, location.getValue()));
                getUI().ifPresent(ui -> ui.navigate("foorumit/kokous/" + id));
            } catch (RejectedInputException rejected) {
                result.setText(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(meetingTitle, start, location, create);
        form.addClassName("forum-form");
        section.add(new Paragraph(getTranslation("forum.new-meeting.lead")), form, result);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – Ekokartta";
    }
}
