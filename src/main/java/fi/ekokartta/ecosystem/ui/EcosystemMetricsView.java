package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.assessment.AssessmentSummary;
import fi.ekokartta.assessment.ui.AssessmentFigures;
import fi.ekokartta.base.ui.BarChart;
import fi.ekokartta.base.ui.Figures;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ClassRow;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.MunicipalityColumn;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.SectorCount;
import fi.ekokartta.ecosystem.metrics.EcosystemMetrics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ekosysteemi luvuin: the ecosystem's key figures as tiles, active actors by sector as a chart
 * with the same numbers in a table, published services per top class and municipality with the
 * gaps (no services) marked, attendance per forum, and the actors' self-assessment (response
 * rates and averages, {@link AssessmentSummary}). Public: counts and averages only.
 */
@Route(EcosystemMetricsView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.ecosystem-metrics", order = 17, icon = "vaadin:chart")
public class EcosystemMetricsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "ekosysteemi";

    private final String sectorChart;
    private final HtmlTable matrix;

    EcosystemMetricsView(EcosystemMetrics metrics, AssessmentSummary assessments) {
        addClassNames("page", "ecosystem-metrics-page");
        EcosystemFigures.All figures = metrics.all();
        add(new H1(getTranslation("metrics.title")), new Paragraph(getTranslation("metrics.lead")));
        add(tiles(figures));
        sectorChart = sectorChart(figures.sectors());
        add(sectors(figures.sectors()));
        matrix = matrix(figures.services());
        TitledSection services = new TitledSection("metrics-services-heading", getTranslation("metrics.services.title"));
        services.add(new Paragraph(getTranslation("metrics.services.lead", figures.services().gaps())), matrix);
        add(services, attendance(figures.attendance()));
        // The actors' self-assessment: response rates and averages only, never free text or who answered.
        add(AssessmentFigures.section("metrics-assessment-heading", assessments.rounds(), getLocale()));
    }

    /**
     * The key figures in short, for coordinators' front pages (the public front page and the
     * management front page): five tiles and a link to this page. Its heading is an H2 or H3 as the page needs.
     */
    public static Div summary(Component heading, EcosystemFigures.All figures) {
        Div box = new Div(heading, keyFigures(new Figures(), figures),
                new Paragraph(new Anchor(ROUTE, heading.getTranslation("front.ecosystem.all"))));
        box.addClassName("ecosystem-summary");
        box.setId("ecosystem-summary");
        return box;
    }

    private static Figures keyFigures(Figures tiles, EcosystemFigures.All figures) {
        Locale locale = UI.getCurrent().getLocale();
        return tiles
                .add(tiles.getTranslation("metrics.figure.sectors"), figures.sectors().sectorsPresent() + " / "
                        + figures.sectors().sectors().size())
                .add(tiles.getTranslation("metrics.figure.gaps"), figures.services().gaps())
                .add(tiles.getTranslation("metrics.figure.events-held", figures.events().year()), figures.events().held())
                .add(tiles.getTranslation("metrics.figure.attendance"), percent(figures.attendance().percent(), locale,
                        figures.attendance().marked()))
                .add(tiles.getTranslation("metrics.figure.overdue"), figures.actionItems().overdue());
    }

    private TitledSection tiles(EcosystemFigures.All figures) {
        TitledSection section = new TitledSection("metrics-figures-heading", getTranslation("metrics.figures.title"));
        Figures tiles = keyFigures(new Figures().add(getTranslation("metrics.figure.actors"), figures.sectors().actors()), figures)
                .add(getTranslation("metrics.figure.events-planned", figures.events().year()), figures.events().planned())
                .add(getTranslation("metrics.figure.done"), figures.actionItems().done())
                .add(getTranslation("metrics.figure.open"), figures.actionItems().open());
        section.add(tiles);
        return section;
    }

    private String sectorChart(EcosystemFigures.SectorCoverage coverage) {
        BarChart chart = new BarChart();
        coverage.sectors().forEach(count -> chart.add(sector(count), count.actors(), String.valueOf(count.actors())));
        return chart.svg(getTranslation("metrics.sectors.summary", coverage.actors(), coverage.sectorsPresent(),
                coverage.sectors().size()));
    }

    private TitledSection sectors(EcosystemFigures.SectorCoverage coverage) {
        TitledSection section = new TitledSection("metrics-sectors-heading", getTranslation("metrics.sectors.title"));
        section.add(new Paragraph(getTranslation("metrics.sectors.lead", coverage.sectorsPresent(), coverage.sectors().size(),
                coverage.sharePercent())));
        Div picture = new Div(new Svg(sectorChart));
        picture.addClassName("metrics-chart");
        HtmlTable table = new HtmlTable(getTranslation("metrics.sectors.caption"), getTranslation("metrics.column.sector"),
                getTranslation("metrics.column.actors"));
        coverage.sectors().forEach(count -> table.row(sector(count), count.actors() == 0 ? number(0)
                : new Anchor("toimijat?sektori=" + count.sector().name(), number(count.actors()))));
        section.add(picture, table);
        return section;
    }

    private HtmlTable matrix(EcosystemFigures.ServiceMatrix services) {
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("metrics.column.class"));
        services.municipalities().forEach(municipality -> headers.add(name(municipality)));
        HtmlTable table = new HtmlTable(getTranslation("metrics.services.caption"), headers.toArray(String[]::new));
        table.addClassName("metrics-matrix");
        table.keepColumnsOnPhone();
        for (ClassRow row : services.classes()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.name().get(getLocale()));
            row.services().forEach(count -> cells.add(count == 0 ? gap() : number(count)));
            table.row(cells.toArray());
        }
        return table;
    }

    /** A cell without services: a dash seen, "ei palveluja" heard. */
    private Span gap() {
        Span dash = new Span("–");
        dash.getElement().setAttribute("aria-hidden", "true");
        Span spoken = new Span(getTranslation("metrics.services.none"));
        spoken.addClassName("visually-hidden");
        Span gap = new Span(dash, spoken);
        gap.addClassName("metrics-gap");
        return gap;
    }

    private TitledSection attendance(EcosystemFigures.AttendanceFigures attendance) {
        TitledSection section = new TitledSection("metrics-attendance-heading",
                getTranslation("metrics.attendance.title", attendance.year()));
        if (attendance.forums().isEmpty()) {
            section.add(new Paragraph(getTranslation("metrics.attendance.none")));
            return section;
        }
        HtmlTable table = new HtmlTable(getTranslation("metrics.attendance.caption", attendance.year()),
                getTranslation("metrics.column.forum"), getTranslation("metrics.column.present"),
                getTranslation("metrics.column.marked"), getTranslation("metrics.column.percent"));
        attendance.forums().forEach(forum -> table.row(forum.forum().get(getLocale()), number(forum.present()),
                number(forum.marked()), percent(forum.percent(), getLocale(), forum.marked())));
        section.add(table);
        return section;
    }

    /** The chart's SVG markup, for tests. */
    String sectorChart() {
        return sectorChart;
    }

    HtmlTable matrix() {
        return matrix;
    }

    private String sector(SectorCount count) {
        return getTranslation("sector." + count.sector().name());
    }

    private String name(MunicipalityColumn municipality) {
        return municipality.name().get(getLocale());
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    /** "66,7 %" in Finnish; a dash when nobody was marked. */
    static String percent(double value, Locale locale, long marked) {
        if (marked == 0) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("metrics.page-title");
    }
}
