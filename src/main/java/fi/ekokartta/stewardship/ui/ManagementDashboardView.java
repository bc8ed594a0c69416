package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.Figures;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.ecosystem.metrics.EcosystemMetrics;
import fi.ekokartta.ecosystem.ui.EcosystemMetricsView;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.DueReview;
import fi.ekokartta.stewardship.DueReviewService;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Reassurance;
import fi.ekokartta.stewardship.StewardshipOverview;
import fi.ekokartta.stewardship.StewardshipFiguresService;
import fi.ekokartta.stewardship.StewardshipOverviewService;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/**
 * Hallinta: how well the map is kept up. Services by status, actors, charts of the upkeep with
 * their tables and exports ({@link StewardshipCharts}), the outdated-information
 * tasks ({@link ReportTaskList}), the keeper's entries overdue or soon due, re-assured in one click, and for
 * coordinators and administrators the accessibility feedback with its deadlines
 * ({@link AccessibilityFeedbackList}). Maintainers see their own organizations' entries only.
 */
@Route(ManagementDashboardView.ROUTE)
@RolesAllowed({"ADMIN", "COORDINATOR", "MAINTAINER"})
@Menu(title = "menu.management", order = 90, icon = "vaadin:dashboard")
class ManagementDashboardView extends Div implements HasDynamicTitle {

    static final String ROUTE = "hallinta";
    static final String REASSURE = "reassure";
    static final String DUE_STATE = "state";
    /** Rows of a list shown at a time; the reports and the feedback are read from the database a page at a time. */
    static final int PAGE_SIZE = 25;

    private final Div dueList = new Div();
    private final DueReviewService dueReviews;
    private final Reassurance reassurance;

    ManagementDashboardView(StewardshipOverviewService service, StewardshipFiguresService figures,
                            OutdatedReportService reports, AccessibilityFeedbackService feedback, DueReviewService dueReviews,
                            Reassurance reassurance, EcosystemMetrics ecosystem) {
        this.dueReviews = dueReviews;
        this.reassurance = reassurance;
        addClassNames("page", "dashboard-page");
        StewardshipOverview overview = service.overview();
        Paragraph scope = new Paragraph(getTranslation(overview.ownOrganizationsOnly()
                ? "dashboard.scope.own-organizations" : "dashboard.scope.whole-map"));
        scope.addClassName("lead");
        TitledSection reportSection = new TitledSection("dashboard-reports-heading", getTranslation("dashboard.reports.title"));
        reportSection.add(new ReportTaskList(reports, PAGE_SIZE));
        TitledSection dueSection = new TitledSection("dashboard-due-heading", getTranslation("dashboard.due.title"));
        dueSection.add(dueList);
        TitledSection chartSection = new TitledSection("dashboard-charts-heading", getTranslation("dashboard.charts.title"));
        chartSection.add(new StewardshipCharts(figures.figures(), feedback.mayRead()));
        add(new H1(getTranslation("dashboard.title")), scope, createFigures(overview));
        ecosystem.keyFiguresForCurrentUser().ifPresent(all -> {
            H2 heading = new H2(getTranslation("front.ecosystem.title"));
            heading.setId("dashboard-ecosystem-heading");
            Div summary = EcosystemMetricsView.summary(heading, all);
            summary.getElement().setAttribute("role", "region");
            summary.getElement().setAttribute("aria-labelledby", "dashboard-ecosystem-heading");
            add(summary);
        });
        add(chartSection, reportSection, dueSection);
        showDue();
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

    /**
     * The keeper's entries overdue or due within 30 days, the most overdue first, each re-assured
     * in one click; a re-assured entry leaves the list.
     */
    private void showDue() {
        dueList.removeAll();
        List<DueReview> due = dueReviews.due(getLocale());
        if (due.isEmpty()) {
            dueList.add(new Paragraph(getTranslation("dashboard.due.none")));
            return;
        }
        Grid<DueReview> grid = new Grid<>();
        grid.addComponentColumn(this::entryLink).setHeader(getTranslation("dashboard.overdue.entry")).setFlexGrow(3);
        grid.addColumn(entry -> getTranslation("dashboard.overdue.kind." + entry.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("dashboard.overdue.kind"));
        grid.addColumn(entry -> FinnishDates.date(entry.due())).setHeader(getTranslation("managed.column.due"));
        grid.addColumn(entry -> getTranslation("review.state." + entry.state().name()))
                .setHeader(getTranslation("dashboard.due.state")).setKey(DUE_STATE);
        if (reassurance.mayReassure()) {
            grid.addComponentColumn(entry -> new ReassureButton(reassurance, entry.kind(), entry.id(),
                    entry.name().get(getLocale()), done -> showDue()).small()).setAutoWidth(true).setKey(REASSURE);
        }
        grid.setItems(due);
        if (due.size() <= PAGE_SIZE) {
            grid.setAllRowsVisible(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("dashboard.due.title"));
        dueList.add(new Paragraph(getTranslation("dashboard.due.count", due.size())), grid);
    }

    /** An entry's editor, where its keeper reviews it; its public page for an administrator, who edits nothing. */
    private Anchor entryLink(DueReview entry) {
        if (!reassurance.mayReassure()) {
            return new Anchor(entry.kind().pagePath() + entry.id(), entry.name().get(getLocale()));
        }
        String editor = entry.kind() == EntryKind.SERVICE ? ManagedServicesView.SERVICE_EDITOR + entry.id()
                : ActorLinks.editor(entry.id());
        return new Anchor(editor, entry.name().get(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " – Ekokartta";
    }
}
