package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.Figures;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.OverdueReview;
import fi.ekokartta.stewardship.StewardshipOverview;
import fi.ekokartta.stewardship.StewardshipOverviewService;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/**
 * Hallinta: how well the map is kept up. Services by status, actors, the outdated-information
 * tasks ({@link ReportTaskList}), the entries whose review is overdue, most overdue first, and for
 * coordinators and administrators the accessibility feedback with its deadlines
 * ({@link AccessibilityFeedbackList}). Maintainers see their own organizations' entries only.
 */
@Route("hallinta")
@RolesAllowed({"ADMIN", "COORDINATOR", "MAINTAINER"})
@Menu(title = "menu.management", order = 90, icon = "vaadin:dashboard")
class ManagementDashboardView extends Div implements HasDynamicTitle {

    /** Rows of a list shown at a time; the reports and the feedback are read from the database a page at a time. */
    static final int PAGE_SIZE = 25;

    ManagementDashboardView(StewardshipOverviewService service, OutdatedReportService reports,
                            AccessibilityFeedbackService feedback) {
        addClassNames("page", "dashboard-page");
        StewardshipOverview overview = service.overview();
        Paragraph scope = new Paragraph(getTranslation(overview.ownOrganizationsOnly()
                ? "dashboard.scope.own-organizations" : "dashboard.scope.whole-map"));
        scope.addClassName("lead");
        TitledSection reportSection = new TitledSection("dashboard-reports-heading", getTranslation("dashboard.reports.title"));
        reportSection.add(new ReportTaskList(reports, PAGE_SIZE));
        add(new H1(getTranslation("dashboard.title")), scope, createFigures(overview), reportSection,
                createOverdueList(overview));
        if (feedback.mayRead()) {
            TitledSection section = new TitledSection("dashboard-feedback-heading", getTranslation("dashboard.feedback.title"));
            section.add(new AccessibilityFeedbackList(feedback, PAGE_SIZE));
            add(section);
        }
    }

    private Section createFigures(StewardshipOverview overview) {
        TitledSection section = new TitledSection("dashboard-figures-heading", getTranslation("dashboard.figures.title"));
        section.add(new Figures()
                .add(getTranslation("dashboard.figures.draft"), overview.draftServices(), ManagedServicesView.byStatus("DRAFT"))
                .add(getTranslation("dashboard.figures.published"), overview.publishedServices(),
                        ManagedServicesView.byStatus("PUBLISHED"))
                .add(getTranslation("dashboard.figures.archived"), overview.archivedServices(),
                        ManagedServicesView.byStatus("ARCHIVED"))
                .add(getTranslation("dashboard.figures.actors"), overview.actors(), ManagedActorsView.ROUTE)
                .add(getTranslation("dashboard.figures.overdue"), overview.overdueReviews().size()));
        return section;
    }

    private Section createOverdueList(StewardshipOverview overview) {
        TitledSection section = new TitledSection("dashboard-overdue-heading", getTranslation("dashboard.overdue.title"));
        if (overview.overdueReviews().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.overdue.none")));
            return section;
        }
        Grid<OverdueReview> grid = new Grid<>();
        grid.addComponentColumn(this::entryLink).setHeader(getTranslation("dashboard.overdue.entry")).setFlexGrow(3);
        grid.addColumn(entry -> getTranslation("dashboard.overdue.kind." + entry.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("dashboard.overdue.kind"));
        grid.addColumn(entry -> FinnishDates.date(entry.due())).setHeader(getTranslation("dashboard.overdue.due"));
        grid.setItems(overview.overdueReviews());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("dashboard.overdue.title"));
        section.add(grid);
        return section;
    }

    private Anchor entryLink(OverdueReview entry) {
        return new Anchor(entry.kind().pagePath() + entry.id(), entry.name().get(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " – Ekokartta";
    }
}
