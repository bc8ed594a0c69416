package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.ui.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an unknown address shows, and an address whose service or actor does not exist or is not
 * published: a way on into the directory, by search or from the front page. Answered with 404 also
 * on a page's first load, which renders on the server ({@code ServerRenderedFirstLoad}).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    PageNotFoundView() {
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("not-found.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("not-found.title")), lead, new SearchBox(),
                new Paragraph(new Anchor(".", getTranslation("error-page.home"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " – Ekokartta";
    }
}
