package fi.ekokartta.forum.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.forum.ForumDirectory;
import fi.ekokartta.forum.MeetingEditing;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/** Omat tehtävät: the action items the signed-in user's organizations own, with their status. */
@Route("omat-tehtavat")
@PermitAll
@Menu(title = "menu.my-actions", order = 89, icon = "vaadin:tasks")
class MyActionItemsView extends Div implements HasDynamicTitle {

    private final MeetingEditing editing;
    private final Paragraph result = new Paragraph();

    MyActionItemsView(MeetingEditing editing) {
        this.editing = editing;
        addClassNames("page", "my-actions-page");
        result.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("forum.my-actions.title")), new Paragraph(getTranslation("forum.my-actions.lead")));
        List<ForumDirectory.ActionItemRow> items = editing.myActionItems();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("forum.my-actions.none")));
        } else {
            HtmlTable table = new HtmlTable(getTranslation("forum.my-actions.caption"),
                    getTranslation("forum.column.action"), getTranslation("forum.column.meeting"),
                    getTranslation("forum.column.owner"), getTranslation("forum.column.due"),
                    getTranslation("forum.column.status"));
            items.forEach(item -> table.row(item.description(),
                    new Anchor("foorumit/kokous/" + item.meetingId(), item.meetingTitle()),
                    item.owner() == null ? "" : item.owner().get(getLocale()), FinnishDates.date(item.due()),
                    MeetingView.statusCell(this, editing, item, this::change)));
            add(table);
        }
        add(result);
    }

    private void change(Runnable change) {
        try {
            change.run();
            show();
            result.setText(getTranslation("forum.saved"));
        } catch (RejectedInputException rejected) {
            result.setText(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException refused) {
            result.setText(getTranslation("forum.refused"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.my-actions.title") + " – Ekokartta";
    }
}
