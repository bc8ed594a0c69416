package fi.ekokartta.paths.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.paths.PathEditing;
import jakarta.annotation.security.RolesAllowed;

/** The coordinators' list of service paths (/hallinta/polut), drafts included, with a way to add one. */
@Route(PathListEditorView.ROUTE)
@RolesAllowed("COORDINATOR")
@Menu(title = "menu.paths-editor", order = 93, icon = "vaadin:road-branches")
class PathListEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "hallinta/polut";

    private final PathEditing editing;

    PathListEditorView(PathEditing editing) {
        this.editing = editing;
        addClassNames("page", "paths-editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        Button add = new Button(getTranslation("paths.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(PathEditorView.NEW)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("paths.editor.title")), new Paragraph(getTranslation("paths.editor.lead")), add);
        var rows = editing.all();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("paths.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames("entry-list", "path-editor-list");
        for (PathEditing.PathRow row : rows) {
            Anchor link = content.mark(new Anchor("hallinta/polku/" + row.id(), content.text(row.title())), row.title());
            Span state = new Span(getTranslation(row.published() ? "paths.state.published" : "paths.state.draft"));
            state.addClassNames("path-state", row.published() ? "published" : "draft");
            Paragraph facts = new Paragraph("/polut/" + row.slug() + " · " + (row.stepCount() == 1
                    ? getTranslation("paths.step-count.one") : getTranslation("paths.step-count", row.stepCount())));
            list.add(new ListItem(new Div(link, new Span(" "), state), facts));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paths.editor.title") + " – Ekokartta";
    }
}
