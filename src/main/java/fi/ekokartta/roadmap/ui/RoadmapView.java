package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * Tiekartta: the ecosystem's goals with their progress, and the actions towards them as a
 * timeline by quarters and as a table saying the same; a coordinator changes an action's status.
 */
@Route("tiekartta")
@AnonymousAllowed
@Menu(title = "menu.roadmap", order = 15, icon = "vaadin:road")
class RoadmapView extends Div implements HasDynamicTitle {

    private final Roadmap roadmap;
    private final Paragraph result = new Paragraph();

    RoadmapView(Roadmap roadmap) {
        this.roadmap = roadmap;
        addClassNames("page", "roadmap-page");
        result.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        List<Roadmap.GoalRow> goals = roadmap.goals();
        int actions = goals.stream().mapToInt(goal -> goal.actions().size()).sum();
        add(new H1(getTranslation("roadmap.title")), new Paragraph(getTranslation("roadmap.lead")));
        Div timeline = new Div(new Svg(RoadmapTimeline.svg(goals, getLocale(),
                getTranslation("roadmap.timeline.summary", goals.size(), actions), this::getTranslation)));
        timeline.addClassName("roadmap-chart");
        add(timeline);
        boolean canEdit = roadmap.canEdit();
        for (Roadmap.GoalRow goal : goals) {
            Section section = new Section();
            section.addClassName("roadmap-goal");
            section.add(new H2(goal.title().get(getLocale())));
            section.add(new Paragraph(getTranslation("roadmap.progress", goal.progressPercent())));
            if (!goal.description().isEmpty()) {
                section.add(new Paragraph(goal.description().get(getLocale())));
            }
            HtmlTable table = new HtmlTable(getTranslation("roadmap.actions.caption", goal.title().get(getLocale())),
                    getTranslation("roadmap.column.action"), getTranslation("roadmap.column.owner"),
                    getTranslation("roadmap.column.start"), getTranslation("roadmap.column.due"),
                    getTranslation("roadmap.column.status"));
            goal.actions().forEach(action -> table.row(action.title().get(getLocale()),
                    action.owner() == null ? "" : action.owner().get(getLocale()), FinnishDates.date(action.start()),
                    FinnishDates.date(action.due()), canEdit ? statusChoice(action) : getTranslation("roadmap.status." + action.status())));
            section.add(table);
            add(section);
        }
        add(result);
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
                    roadmap.setActionStatus(action.id(), change.getValue());
                    show();
                    result.setText(getTranslation("forum.saved"));
                } catch (AccessDeniedException refused) {
                    result.setText(getTranslation("forum.refused"));
                }
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.title") + " – Ekokartta";
    }
}
