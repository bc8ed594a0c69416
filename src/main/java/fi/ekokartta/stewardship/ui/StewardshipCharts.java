package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.BarChart;
import fi.ekokartta.base.ui.LineChart;
import fi.ekokartta.stewardship.StewardshipFigures;
import fi.ekokartta.stewardship.StewardshipFigures.AwaitingApproval;
import fi.ekokartta.stewardship.StewardshipFigures.EntriesByStatus;
import fi.ekokartta.stewardship.StewardshipFigures.ReportAge;
import fi.ekokartta.stewardship.StewardshipFigures.Share;
import fi.ekokartta.stewardship.StewardshipFigures.Tally;
import fi.ekokartta.stewardship.StewardshipFigures.TrendPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The dashboard's charts of upkeep ({@link StewardshipFigures}), each a {@link FigurePanel}:
 * entries per organization and class, the share assured, overdue reviews by organization, person
 * and municipality, open reports by age, drafts awaiting approval and the trend of the share
 * assured. Every row links to the management list narrowed to what it counts. A figure with more
 * than {@value FigurePanel#TOP} rows charts and tabulates its top ones and links to the whole list.
 */
final class StewardshipCharts extends Div {

    static final String ORGANIZATIONS = "organisaatiot";
    static final String CLASSES = "luokat";
    static final String ASSURED = "ajantasaisuus";
    static final String OVERDUE_ORGANIZATIONS = "myohassa-organisaatiot";
    static final String OVERDUE_PERSONS = "myohassa-henkilot";
    static final String OVERDUE_MUNICIPALITIES = "myohassa-kunnat";
    static final String REPORTS = "ilmoitukset";
    static final String APPROVAL = "hyvaksynta";
    static final String TREND = "kehitys";

    private final Map<String, FigurePanel<?>> panels = new LinkedHashMap<>();

    StewardshipCharts(StewardshipFigures figures, boolean feedbackShown) {
        addClassName("dashboard-charts");
        Share assured = figures.assured();
        add(new Paragraph(new Anchor(services(Map.of(ListParameters.OVERDUE, "")), getTranslation("dashboard.assured.lead",
                assured.percent(), assured.assured(), assured.total()))));
        entries(ORGANIZATIONS, "dashboard.chart.organizations", "dashboard.column.organization", figures.byOrganization(),
                ListParameters.ORGANIZATION, true);
        entries(CLASSES, "dashboard.chart.classes", "dashboard.column.class", figures.byClass(), ListParameters.CLASS, false);
        shares(figures.assuredByOrganization());
        tallies(OVERDUE_ORGANIZATIONS, "dashboard.chart.overdue-organizations", "dashboard.column.organization",
                figures.overdueByOrganization(), ListParameters.ORGANIZATION, false);
        tallies(OVERDUE_PERSONS, "dashboard.chart.overdue-persons", "dashboard.column.person", figures.overdueByPerson(),
                ListParameters.RESPONSIBLE, false);
        tallies(OVERDUE_MUNICIPALITIES, "dashboard.chart.overdue-municipalities", "dashboard.column.municipality",
                figures.overdueByMunicipality(), ListParameters.MUNICIPALITY, true);
        reports(figures.reportAges(), feedbackShown);
        approval(figures.awaitingApproval());
        trend(figures.trend());
    }

    /** The panel of the key, for tests. */
    @SuppressWarnings("unchecked")
    <T> FigurePanel<T> panel(String key) {
        return (FigurePanel<T>) panels.get(key);
    }

    private void entries(String key, String title, String labelHeading, List<EntriesByStatus> rows, String parameter,
                         boolean withActors) {
        Function<EntriesByStatus, Map<String, String>> narrowed = row -> Map.of(parameter, row.key());
        List<FigurePanel.Column<EntriesByStatus>> columns = new ArrayList<>(List.of(
                status("DRAFT", EntriesByStatus::draft, narrowed), status("IN_REVIEW", EntriesByStatus::inReview, narrowed),
                status("PUBLISHED", EntriesByStatus::published, narrowed), status("ARCHIVED", EntriesByStatus::archived, narrowed)));
        if (withActors) {
            columns.add(new FigurePanel.Column<>(getTranslation("dashboard.column.actors"), EntriesByStatus::actors));
        }
        columns.add(new FigurePanel.Column<>(getTranslation("dashboard.column.total"), EntriesByStatus::total));
        BarChart chart = new BarChart();
        FigurePanel.top(rows).forEach(row -> chart.add(name(row.name()), row.total(), String.valueOf(row.total())));
        panel(key, title, chart.svg(summary(getTranslation(title), rows.size())), labelHeading, row -> name(row.name()),
                row -> services(narrowed.apply(row)), rows, ManagedServicesView.ROUTE, columns);
    }

    private FigurePanel.Column<EntriesByStatus> status(String status, ToLongFunction<EntriesByStatus> count,
                                                       Function<EntriesByStatus, Map<String, String>> narrowed) {
        return new FigurePanel.Column<>(getTranslation("managed.status." + status), row -> count.applyAsLong(row),
                row -> services(with(narrowed.apply(row), ListParameters.STATUS, status)));
    }

    private void shares(List<Share> rows) {
        String title = getTranslation("dashboard.chart.assured");
        Function<Share, Map<String, String>> narrowed = row -> Map.of(ListParameters.ORGANIZATION, row.key());
        BarChart chart = new BarChart().scaledTo(100);
        FigurePanel.top(rows).forEach(row -> chart.add(name(row.name()), row.percent(), row.percent() + " %"));
        panel(ASSURED, "dashboard.chart.assured", chart.svg(summary(title, rows.size())), "dashboard.column.organization",
                row -> name(row.name()), row -> services(narrowed.apply(row)), rows, ManagedServicesView.ROUTE, List.of(
                        new FigurePanel.Column<>(getTranslation("dashboard.column.assured"), Share::assured),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.overdue"), row -> row.total() - row.assured(),
                                row -> services(with(narrowed.apply(row), ListParameters.OVERDUE, null))),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.count"), Share::total),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.percent"), Share::percent)));
    }

    private void tallies(String key, String title, String labelHeading, List<Tally> rows, String parameter,
                         boolean actorsListed) {
        Function<Tally, String> servicesLink = row -> row.key().isEmpty() ? null
                : services(with(Map.of(parameter, row.key()), ListParameters.OVERDUE, null));
        Function<Tally, String> actorsLink = row -> actorsListed
                ? ListParameters.link(ManagedActorsView.ROUTE, with(Map.of(parameter, row.key()), ListParameters.OVERDUE, null))
                : null;
        BarChart chart = new BarChart();
        FigurePanel.top(rows).forEach(row -> chart.add(tallyName(row), row.total(), String.valueOf(row.total())));
        panel(key, title, chart.svg(summary(getTranslation(title), rows.size())), labelHeading, this::tallyName, servicesLink,
                rows, services(Map.of(ListParameters.OVERDUE, "")), List.of(
                        new FigurePanel.Column<>(getTranslation("dashboard.column.services"), Tally::services, servicesLink),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.actors"), Tally::actors, actorsLink),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.total"), Tally::total)));
    }

    private void reports(List<ReportAge> rows, boolean feedbackShown) {
        String title = getTranslation("dashboard.chart.reports");
        String reported = services(Map.of(ListParameters.REPORTED, ""));
        BarChart chart = new BarChart();
        rows.forEach(row -> chart.add(age(row), row.outdatedReports() + row.accessibilityFeedback(),
                String.valueOf(row.outdatedReports() + row.accessibilityFeedback())));
        List<FigurePanel.Column<ReportAge>> columns = new ArrayList<>(List.of(new FigurePanel.Column<>(
                getTranslation("dashboard.column.reports"), ReportAge::outdatedReports, row -> reported)));
        if (feedbackShown) {
            columns.add(new FigurePanel.Column<>(getTranslation("dashboard.column.feedback"), ReportAge::accessibilityFeedback,
                    row -> ManagementDashboardView.ROUTE + "#dashboard-feedback-heading"));
        }
        panel(REPORTS, "dashboard.chart.reports", chart.svg(summary(title, rows.size())), "dashboard.column.age", this::age,
                row -> reported, rows, reported, columns);
    }

    private void approval(List<AwaitingApproval> rows) {
        String title = getTranslation("dashboard.chart.approval");
        Function<AwaitingApproval, String> link = row -> services(Map.of(ListParameters.ORGANIZATION, row.organization().toString(),
                ListParameters.STATUS, "IN_REVIEW"));
        BarChart chart = new BarChart();
        FigurePanel.top(rows).forEach(row -> chart.add(name(row.name()), row.services(), String.valueOf(row.services())));
        panel(APPROVAL, "dashboard.chart.approval", chart.svg(summary(title, rows.size())), "dashboard.column.organization",
                row -> name(row.name()), link, rows, services(Map.of(ListParameters.STATUS, "IN_REVIEW")), List.of(
                        new FigurePanel.Column<>(getTranslation("dashboard.column.waiting"), AwaitingApproval::services, link),
                        new FigurePanel.Column<>(getTranslation("dashboard.column.oldest"), AwaitingApproval::oldest)));
    }

    /** Month by month; today's point leads to the entries overdue now. */
    private void trend(List<TrendPoint> rows) {
        String title = getTranslation("dashboard.chart.trend");
        LineChart chart = new LineChart();
        rows.forEach(row -> chart.add(month(row), row.percent(), row.percent() + " %"));
        TrendPoint today = rows.getLast();
        String summary = getTranslation("dashboard.chart.trend.summary", title, rows.getFirst().percent(), today.percent());
        Function<TrendPoint, String> link = row -> row == today ? services(Map.of(ListParameters.OVERDUE, "")) : null;
        panel(TREND, "dashboard.chart.trend", chart.svg(summary), "dashboard.column.month", this::month, link, rows, null, List.of(
                new FigurePanel.Column<>(getTranslation("dashboard.column.day"), TrendPoint::day),
                new FigurePanel.Column<>(getTranslation("dashboard.column.assured"), TrendPoint::assured),
                new FigurePanel.Column<>(getTranslation("dashboard.column.count"), TrendPoint::total),
                new FigurePanel.Column<>(getTranslation("dashboard.column.percent"), TrendPoint::percent)));
    }

    /** A figure; with an address for its whole list (allHref), its top rows only, as its chart ({@link FigurePanel#top}). */
    private <T> void panel(String key, String title, String svg, String labelHeading, Function<T, String> label,
                           Function<T, String> rowHref, List<T> rows, String allHref, List<FigurePanel.Column<T>> columns) {
        FigurePanel<T> panel = new FigurePanel<>(key, title.startsWith("dashboard.") ? getTranslation(title) : title, svg,
                getTranslation(labelHeading), label, rowHref, rows, allHref, columns);
        panels.put(key, panel);
        add(panel);
    }

    /** The chart's text alternative; when it shows the top rows only, how many of how many. */
    private String summary(String title, int rows) {
        if (rows > FigurePanel.TOP) {
            return getTranslation("dashboard.chart.summary.top", title, FigurePanel.TOP, rows);
        }
        return rows == 0 ? getTranslation("dashboard.chart.empty", title) : getTranslation("dashboard.chart.summary", title, rows);
    }

    private String tallyName(Tally row) {
        return row.key().isEmpty() ? getTranslation("dashboard.person.none") : name(row.name());
    }

    private String age(ReportAge row) {
        return getTranslation("dashboard.age." + row.age().name());
    }

    private String month(TrendPoint row) {
        return row.day().getMonthValue() + "/" + row.day().getYear();
    }

    private String name(LocalizedText text) {
        return text == null ? "" : text.get(getLocale());
    }

    private static String services(Map<String, String> filters) {
        return ListParameters.link(ManagedServicesView.ROUTE, sorted(filters));
    }

    /** Filters in a fixed order, so that the same figure always has the same address. */
    private static Map<String, String> sorted(Map<String, String> filters) {
        Map<String, String> sorted = new TreeMap<>();
        filters.forEach((name, value) -> sorted.put(name, value == null || value.isEmpty() ? null : value));
        return sorted;
    }

    private static Map<String, String> with(Map<String, String> filters, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(name, value == null ? "" : value);
        return more;
    }
}
