package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.Figures;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.directory.DirectoryFigures;
import fi.ekokartta.directory.DirectoryOverviewService;
import fi.ekokartta.directory.UpcomingEvent;
import fi.ekokartta.ecosystem.metrics.EcosystemMetrics;
import fi.ekokartta.ecosystem.ui.EcosystemMetricsView;
import fi.ekokartta.stewardship.StewardshipFigures;
import fi.ekokartta.stewardship.StewardshipFiguresService;
import fi.ekokartta.taxonomy.ServiceClass;
import fi.ekokartta.taxonomy.ServiceTaxonomyService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The front page: what Ekokartta is, a search box that leads to the search view, the top service
 * classes as ways in, and how much the directory holds.
 */
@Route("")
@AnonymousAllowed
@Menu(title = "menu.front-page", order = 0, icon = "vaadin:home")
class FrontPageView extends Div implements HasDynamicTitle {

    static final String BROWSE_ROUTE = "palvelut";

    FrontPageView(ServiceTaxonomyService taxonomy, DirectoryOverviewService overview, StewardshipFiguresService freshness,
                  EcosystemMetrics ecosystem) {
        addClassNames("page", "front-page");
        Section figures = createFigures(overview.figures());
        figures.add(createFreshness(freshness.publicSummary()));
        add(createIntroduction(), createClassLinks(taxonomy.topClasses()), createEvents(overview.upcomingEvents()), figures);
        figures.add(ecosystem.keyFiguresForCurrentUser()
                .map(all -> EcosystemMetricsView.summary(new H3(getTranslation("front.ecosystem.title")), all))
                .orElseGet(this::createEcosystemLink));
    }

    /** For everyone else: where the ecosystem's public figures are. */
    private Div createEcosystemLink() {
        Div box = new Div(new H3(getTranslation("front.ecosystem.title")), new Paragraph(getTranslation("front.ecosystem.lead")),
                new Paragraph(new Anchor(EcosystemMetricsView.ROUTE, getTranslation("front.ecosystem.link"))));
        box.addClassName("ecosystem-summary");
        box.setId("ecosystem-summary");
        return box;
    }

    private Section createIntroduction() {
        H1 title = new H1(getTranslation("front.title"));
        Paragraph lead = new Paragraph(getTranslation("front.lead"));
        lead.addClassName("lead");
        Section introduction = new Section(title, lead, new SearchBox());
        introduction.addClassName("hero");
        return introduction;
    }

    private Section createClassLinks(List<ServiceClass> classes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        classes.forEach(serviceClass -> list.add(createClassLink(serviceClass)));
        TitledSection section = new TitledSection("service-classes-heading", getTranslation("front.classes.title"));
        section.add(list);
        return section;
    }

    private ListItem createClassLink(ServiceClass serviceClass) {
        String href = BROWSE_ROUTE + "?luokka=" + URLEncoder.encode(serviceClass.code(), StandardCharsets.UTF_8);
        ListItem item = new ListItem(new Anchor(href, serviceClass.name().get(getLocale())));
        Optional.ofNullable(serviceClass.description().get(getLocale()))
                .filter(description -> !description.isBlank())
                .ifPresent(description -> item.add(new Paragraph(description)));
        return item;
    }

    private Section createEvents(List<UpcomingEvent> events) {
        TitledSection section = new TitledSection("events-heading", getTranslation("front.events.title"));
        if (events.isEmpty()) {
            section.add(new Paragraph(getTranslation("front.events.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("event-list");
        Language language = Language.of(getLocale());
        events.forEach(event -> {
            ListItem item = new ListItem(new Span(event.start().toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? FinnishDates.date(event.start().toLocalDate()) : FinnishDates.dateTime(event.start(), language)));
            item.add(new Paragraph(new Anchor(event.link(),
                    event.title().get(getLocale()))));
            if (event.location() != null && !event.location().isBlank()) {
                Paragraph where = new Paragraph(event.location());
                where.addClassName("event-location");
                item.add(where);
            }
            list.add(item);
        });
        section.add(list, new Paragraph(new Anchor("vuosikello", getTranslation("front.events.all"))));
        return section;
    }

    private Section createFigures(DirectoryFigures figures) {
        TitledSection section = new TitledSection("figures-heading", getTranslation("front.figures.title"));
        section.add(new Figures()
                .add(getTranslation("front.figures.services"), figures.publishedServices())
                .add(getTranslation("front.figures.actors"), figures.actors()));
        return section;
    }

    /** "Tietojen ajantasaisuus": how much of what the public sees has been checked within its interval. */
    private Div createFreshness(StewardshipFigures.Share share) {
        Paragraph text = new Paragraph(getTranslation("front.freshness.text", share.percent(), share.assured(), share.total()));
        Div freshness = new Div(new H3(getTranslation("front.freshness.title")), text);
        freshness.addClassName("freshness");
        freshness.setId("freshness");
        return freshness;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("front.page-title");
    }
}
