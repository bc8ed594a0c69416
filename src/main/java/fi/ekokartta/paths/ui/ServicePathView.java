package fi.ekokartta.paths.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.paths.ServicePaths;

/**
 * One service path (/polut/{slug}): its introduction and its steps in order, each the service's
 * name linked to its card, a short description and the coordinator's explanatory text; with the
 * PDF of the path and the code to embed it in another site. Unpublished services are not shown.
 */
@Route(ServicePathView.ROUTE)
@AnonymousAllowed
class ServicePathView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "polut/:slug";

    private final ServicePaths paths;
    private final PublicAddress publicAddress;
    private String title = "";

    ServicePathView(ServicePaths paths, PublicAddress publicAddress) {
        this.paths = paths;
        this.publicAddress = publicAddress;
        addClassNames("page", "entry-page", "path-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse(null);
        ServicePaths.PathPage path = paths.page(slug).orElseThrow(() -> new NotFoundException("No service path " + slug));
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        String language = Language.of(getLocale()).code();
        title = content.text(path.title());
        Div header = new Div(content.mark(new H1(title), path.title()));
        header.addClassName("entry-header");
        String intro = content.text(path.intro());
        if (intro != null) {
            RichTextBlock lead = content.mark(new RichTextBlock(intro), path.intro());
            lead.addClassName("lead");
            header.add(lead);
        }
        Anchor pdf = new Anchor("polut/" + path.slug() + ".pdf?lang=" + language, getTranslation("paths.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("path-pdf");
        Div actions = new Div(new Anchor("polut", getTranslation("paths.back")), pdf);
        actions.addClassNames("entry-actions", "no-print");
        add(header, actions);

        OrderedList steps = new OrderedList();
        steps.addClassName("path-steps");
        int number = 1;
        for (ServicePaths.Step step : path.steps()) {
            steps.add(step(step, content, language, number++));
        }
        if (path.steps().isEmpty()) {
            add(new Paragraph(getTranslation("paths.no-steps")));
        } else {
            add(steps);
        }

        TitledSection embed = new TitledSection("path-embed-heading", getTranslation("paths.embed"));
        embed.addClassName("no-print");
        String address = publicAddress.of("upota/polku/" + path.slug() + "?lang=" + language);
        TextArea code = new TextArea(getTranslation("paths.embed.code"));
        code.setReadOnly(true);
        code.setWidthFull();
        code.setValue("<iframe src=\"" + address + "\" title=\"" + title.replace("\"", "&quot;")
                + "\" width=\"100%\" height=\"600\" style=\"border:0\"></iframe>");
        embed.add(new Paragraph(getTranslation("paths.embed.lead")), code);
        add(embed);
    }

    private ListItem step(ServicePaths.Step step, ContentLanguage content, String language, int number) {
        ListItem item = new ListItem();
        item.addClassName("path-step");
        Span count = new Span(getTranslation("paths.step.number", number));
        count.addClassName("path-step-number");
        Anchor link = content.mark(new Anchor("palvelu/" + step.serviceId() + "?lang=" + language, content.text(step.name())),
                step.name());
        item.add(new H2(count, new Span(" "), link));
        String text = content.text(step.text());
        if (text != null) {
            RichTextBlock explain = content.mark(new RichTextBlock(text), step.text());
            explain.addClassName("path-step-text");
            item.add(explain);
        }
        String summary = content.text(step.summary());
        if (summary != null) {
            item.add(content.mark(new Paragraph(summary), step.summary()));
        }
        String provider = content.text(step.provider());
        if (provider != null) {
            Paragraph facts = new Paragraph(getTranslation("service.provider") + ": " + provider);
            facts.addClassName("path-step-provider");
            item.add(facts);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("paths.title") + " – Ekokartta";
    }
}
