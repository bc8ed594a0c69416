package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.ui.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A handout whose list has expired or never existed: the client is told to ask her counsellor for
 * a new one, rather than shown the general page-not-found. Answered with 404.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class HandoutNotFoundView extends Div implements HasErrorParameter<HandoutNotFoundException>, HasDynamicTitle {

    HandoutNotFoundView() {
        addClassNames("page", "handout-page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<HandoutNotFoundException> parameter) {
        removeAll();
        Paragraph expired = new Paragraph(getTranslation("handout.expired"));
        expired.addClassName("lead");
        add(new H1(getTranslation("handout.title")), expired,
                new Paragraph(new Anchor(".", getTranslation("error-page.home"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handout.title") + " – Ekokartta";
    }
}
