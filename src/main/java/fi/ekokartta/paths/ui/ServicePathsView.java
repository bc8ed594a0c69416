package fi.ekokartta.paths.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.paths.ServicePaths;

/** Palvelupolut (/polut): the published service paths, each a link to its page. */
@Route(ServicePathsView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.paths", order = 16, icon = "vaadin:road-branches")
class ServicePathsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "polut";

    private final ServicePaths paths;

    ServicePathsView(ServicePaths paths) {
        this.paths = paths;
        addClassNames("page", "paths-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        Paragraph lead = new Paragraph(getTranslation("paths.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("paths.title")), lead);
        var published = paths.published();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("paths.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames("entry-list", "path-list");
        for (ServicePaths.PathSummary path : published) {
            Anchor link = content.mark(new Anchor(ROUTE + "/" + path.slug(), content.text(path.title())), path.title());
            ListItem item = new ListItem(new H2(link));
            String intro = content.text(path.intro());
            if (intro != null) {
                item.add(content.mark(new Paragraph(firstParagraph(intro)), path.intro()));
            }
            Paragraph count = new Paragraph(path.stepCount() == 1 ? getTranslation("paths.step-count.one")
                    : getTranslation("paths.step-count", path.stepCount()));
            count.addClassName("path-step-count");
            item.add(count);
            list.add(item);
        }
        add(list);
    }

    private static String firstParagraph(String text) {
        return text.strip().split("\\R[ \\t]*\\R", 2)[0];
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paths.title") + " – Ekokartta";
    }
}
