package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import fi.ekokartta.roadmap.RoadmapEditing;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiekartta: the ecosystem's goals with their progress, and the actions towards them as a
 * timeline by quarters and as tables saying the same, with the meeting decision each action came
 * from and the meetings where it was followed up. On a phone the wide timeline is left out and
 * each table's rows stack into cards (styles.css), so nothing needs scrolling sideways. A
 * coordinator adds, changes and deletes goals and actions here; whoever keeps an action's owner
 * current changes its status (decided by {@link RoadmapEditing}).
 */
@Route("tiekartta")
@AnonymousAllowed
@Menu(title = "menu.roadmap", order = 15, icon = "vaadin:road")
class RoadmapView extends Div implements HasDynamicTitle {

    private final Roadmap roadmap;
    private final RoadmapEditing editing;
    private final Paragraph result = new Paragraph();

    RoadmapView(Roadmap roadmap, RoadmapEditing editing) {
        this.roadmap = roadmap;
        this.editing = editing;
        addClassNames("page", "roadmap-page");
        result.getElement().setAttribute("role", "status");
        result.addClassName("form-result");
        show();
    }

    private void show() {
        removeAll();
        List<Roadmap.GoalRow> goals = roadmap.goals();
        int actions = goals.stream().mapToInt(goal -> goal.actions().size()).sum();
        boolean mayEdit = editing.mayEdit();
        add(new H1(getTranslation("roadmap.title")), new Paragraph(getTranslation("roadmap.lead")));
        if (mayEdit) {
            Div tools = new Div(new Button(getTranslation("roadmap.goal.new"),
                    click -> new GoalDialog(editing, null, this::saved, this::deleted).open()));
            tools.addClassName("roadmap-tools");
            add(tools);
        }
        add(result);
        Div timeline = new Div(new Svg(RoadmapTimeline.svg(goals, getLocale(),
                getTranslation("roadmap.timeline.summary", goals.size(), actions), this::getTranslation)));
        timeline.addClassName("roadmap-chart");
        add(timeline);
        for (Roadmap.GoalRow goal : goals) {
            add(goal(goal, mayEdit));
        }
    }

    private Section goal(Roadmap.GoalRow goal, boolean mayEdit) {
        String goalTitle = goal.title().get(getLocale());
        Section section = new Section();
        section.addClassName("roadmap-goal");
        section.add(new H2(goalTitle));
        section.add(new Paragraph(getTranslation("roadmap.goal.meta",
                goal.owner() == null ? "–" : goal.owner().get(getLocale()), period(goal.start(), goal.end()),
                getTranslation("roadmap.status." + goal.status()))));
        Paragraph progress = new Paragraph(getTranslation("roadmap.progress", goal.progressPercent()));
        progress.addClassName("roadmap-progress");
        section.add(progress);
        if (!goal.description().isEmpty()) {
            section.add(new Paragraph(goal.description().get(getLocale())));
        }
        if (mayEdit) {
            Button edit = new Button(getTranslation("roadmap.edit"),
                    click -> new GoalDialog(editing, goal, this::saved, this::deleted).open());
            edit.setAriaLabel(getTranslation("roadmap.goal.edit.of", goalTitle));
            Button add = new Button(getTranslation("roadmap.action.new"),
                    click -> new ActionDialog(editing, goal.id(), null, this::saved).open());
            add.setAriaLabel(getTranslation("roadmap.action.new.in", goalTitle));
            Div tools = new Div(edit, add);
            tools.addClassName("roadmap-tools");
            section.add(tools);
        }
        List<String> headers = new ArrayList<>(List.of(getTranslation("roadmap.column.action"),
                getTranslation("roadmap.column.owner"), getTranslation("roadmap.column.start"),
                getTranslation("roadmap.column.due"), getTranslation("roadmap.column.status"),
                getTranslation("roadmap.column.links")));
        if (mayEdit) {
            headers.add(getTranslation("roadmap.column.edit"));
        }
        HtmlTable table = new HtmlTable(getTranslation("roadmap.actions.caption", goalTitle), headers.toArray(String[]::new));
        for (Roadmap.ActionRow action : goal.actions()) {
            Span title = new Span(action.title().get(getLocale()));
            title.setId(Roadmap.anchor(action.id()));
            title.addClassName("roadmap-action-title");
            List<Object> cells = new ArrayList<>(List.of(title,
                    action.owner() == null ? "" : action.owner().get(getLocale()), FinnishDates.date(action.start()),
                    FinnishDates.date(action.due()),
                    action.statusEditable() ? statusChoice(action) : getTranslation("roadmap.status." + action.status()),
                    links(action)));
            if (mayEdit) {
                Button edit = new Button(getTranslation("roadmap.edit"),
                        click -> new ActionDialog(editing, goal.id(), action, this::saved).open());
                edit.setAriaLabel(getTranslation("roadmap.action.edit.of", action.title().get(getLocale())));
                edit.addClassName("roadmap-edit-action");
                cells.add(edit);
            }
            table.row(cells.toArray());
        }
        section.add(table);
        return section;
    }

    /** "Päätetty: <meeting> – <decision>" and "Seurattu: <meetings>", each meeting a link to its page. */
    private Div links(Roadmap.ActionRow action) {
        Div links = new Div();
        links.addClassName("roadmap-links");
        if (action.decidedIn() != null) {
            Paragraph decided = new Paragraph(getTranslation("roadmap.decided") + " ");
            decided.addClassName("roadmap-decided");
            decided.add(meetingLink(action.decidedIn().meeting()));
            decided.add(" – " + (action.decidedIn().decision() == null ? getTranslation("roadmap.decision.hidden")
                    : action.decidedIn().decision()));
            links.add(decided);
        }
        if (!action.followUps().isEmpty()) {
            Paragraph followed = new Paragraph(getTranslation("roadmap.followed") + " ");
            followed.addClassName("roadmap-followed");
            for (int i = 0; i < action.followUps().size(); i++) {
                if (i > 0) {
                    followed.add(", ");
                }
                followed.add(meetingLink(action.followUps().get(i)));
            }
            links.add(followed);
        }
        return links;
    }

    private Anchor meetingLink(Roadmap.MeetingLink meeting) {
        return new Anchor("foorumit/kokous/" + meeting.id(),
                meeting.title() + " " + FinnishDates.date(meeting.start().toLocalDate()));
    }

    private static String period(java.time.LocalDate start, java.time.LocalDate end) {
        if (start == null && end == null) {
            return "–";
        }
        return FinnishDates.date(start) + "–" + FinnishDates.date(end);
    }

    private Select<ProgressStatus> statusChoice(Roadmap.ActionRow action) {
        Select<ProgressStatus> select = new Select<>();
        select.setItems(ProgressStatus.values());
        select.setItemLabelGenerator(status -> getTranslation("roadmap.status." + status));
        select.setValue(action.status());
        select.setAriaLabel(getTranslation("roadmap.status.of", action.title().get(getLocale())));
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    editing.setActionStatus(action.id(), action.version(), change.getValue());
                    saved();
                } catch (ConflictException conflict) {
                    show();
                    result.setText(getTranslation("roadmap.error.conflict"));
                } catch (RejectedInputException rejected) {
                    show();
                    result.setText(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
                } catch (AccessDeniedException refused) {
                    show();
                    result.setText(getTranslation("roadmap.refused"));
                }
            }
        });
        return select;
    }

    private void saved() {
        show();
        result.setText(getTranslation("roadmap.saved"));
    }

    private void deleted() {
        show();
        result.setText(getTranslation("roadmap.deleted"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.title") + " – Ekokartta";
    }
}
