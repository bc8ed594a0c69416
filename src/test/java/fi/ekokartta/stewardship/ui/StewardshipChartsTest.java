package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Location;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.DashboardScenario;
import fi.ekokartta.stewardship.ManagedService;
import fi.ekokartta.stewardship.StewardshipFiguresService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StewardshipChartsTest extends AbstractAppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StewardshipFiguresService figures;

    @Test
    void the_overdue_chart_is_well_formed_svg_with_the_same_numbers_as_its_table() throws Exception {
        DashboardScenario data = signedInMaintainer();

        FigurePanel<?> panel = charts().panel(StewardshipCharts.OVERDUE_ORGANIZATIONS);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(panel.chart().getBytes(StandardCharsets.UTF_8)));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).startsWith("Myöhässä olevat tarkistukset organisaatioittain: 2 riviä");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(root.getAttribute("aria-label"));
        List<List<String>> table = rows(panel);
        assertThat(table).containsExactlyInAnyOrder(
                List.of("Oma " + data.unique, "2", "0", "2"),
                List.of("Oman yksikkö " + data.unique, "0", "1", "1"));
        List<String> barTexts = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            barTexts.add(texts.item(i).getTextContent());
        }
        for (List<String> row : table) {
            assertThat(barTexts).containsSubsequence(row.getFirst(), row.getLast());
        }
        assertThat(root.getElementsByTagName("rect").getLength()).isEqualTo(table.size());
        assertThat(panel.table().getCaptionText()).isEqualTo("Myöhässä olevat tarkistukset organisaatioittain");
    }

    @Test
    void every_chart_is_well_formed_and_the_trend_is_a_line_of_twelve_points() throws Exception {
        signedInMaintainer();
        StewardshipCharts charts = charts();

        for (String key : List.of(StewardshipCharts.ORGANIZATIONS, StewardshipCharts.CLASSES, StewardshipCharts.ASSURED,
                StewardshipCharts.OVERDUE_ORGANIZATIONS, StewardshipCharts.OVERDUE_PERSONS,
                StewardshipCharts.OVERDUE_MUNICIPALITIES, StewardshipCharts.REPORTS, StewardshipCharts.APPROVAL,
                StewardshipCharts.TREND)) {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(charts.panel(key).chart().getBytes(StandardCharsets.UTF_8)));
            assertThat(svg.getDocumentElement().getAttribute("role")).as(key).isEqualTo("img");
        }
        FigurePanel<?> trend = charts.panel(StewardshipCharts.TREND);
        Document line = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(trend.chart().getBytes(StandardCharsets.UTF_8)));
        assertThat(line.getElementsByTagName("circle").getLength()).isEqualTo(12);
        assertThat(rows(trend)).hasSize(12);
        assertThat(rows(charts.panel(StewardshipCharts.REPORTS))).containsExactly(
                List.of("Alle 7 päivää", "1"), List.of("7–13 päivää", "1"), List.of("14–29 päivää", "0"),
                List.of("30 päivää tai enemmän", "0"));
        assertThat(rows(charts.panel(StewardshipCharts.APPROVAL))).singleElement()
                .satisfies(row -> assertThat(row.get(1)).isEqualTo("2"));
    }

    @Test
    void the_links_carry_the_filter_and_the_list_shows_the_same_count() {
        DashboardScenario data = signedInMaintainer();
        StewardshipCharts charts = charts();
        List<String> organization = link(charts.panel(StewardshipCharts.OVERDUE_ORGANIZATIONS), "Oma " + data.unique, 1);
        List<String> person = link(charts.panel(StewardshipCharts.OVERDUE_PERSONS), DashboardScenario.VEERA, 1);
        String municipalityName = rows(charts.panel(StewardshipCharts.OVERDUE_MUNICIPALITIES)).stream()
                .filter(row -> row.get(1).equals("2")).findFirst().orElseThrow().getFirst();
        List<String> municipality = link(charts.panel(StewardshipCharts.OVERDUE_MUNICIPALITIES), municipalityName, 1);
        List<String> inClass = link(charts.panel(StewardshipCharts.CLASSES), null, 3);
        List<String> inReview = link(charts.panel(StewardshipCharts.APPROVAL), "Oma " + data.unique, 1);

        assertThat(organization.getFirst()).isEqualTo("hallinta/palvelut?myohassa&organisaatio=" + data.own.getId());
        assertThat(person.getFirst()).isEqualTo("hallinta/palvelut?myohassa&vastuuhenkilo=Veera%20Vastuu");
        assertThat(municipality.getFirst()).isEqualTo("hallinta/palvelut?kunta=" + data.m2 + "&myohassa");
        assertThat(inClass.getFirst()).isEqualTo("hallinta/palvelut?luokka=" + data.topClass + "&tila=PUBLISHED");
        assertThat(inReview.getFirst()).isEqualTo("hallinta/palvelut?organisaatio=" + data.own.getId() + "&tila=IN_REVIEW");
        for (List<String> link : List.of(organization, person, municipality, inClass, inReview)) {
            Location address = new Location(link.getFirst());
            UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
            @SuppressWarnings("unchecked")
            Grid<ManagedService> grid = _get(Grid.class);
            assertThat(_size(grid)).as(link.getFirst()).isEqualTo(Integer.parseInt(link.get(1)));
        }
    }

    @Test
    void the_export_holds_the_same_rows_as_the_table_in_csv_and_excel() throws Exception {
        signedInMaintainer();
        FigurePanel<?> panel = charts().panel(StewardshipCharts.ORGANIZATIONS);
        List<List<String>> table = rows(panel);

        String csv = new String(panel.downloads().csv(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(csv)).getRecords();
        assertThat(records.getFirst().toList()).containsExactly("Organisaatio", "Luonnos", "Tarkastettavana", "Julkaistu",
                "Arkistoitu", "Toimijat", "Yhteensä");
        assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).isEqualTo(table);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(panel.downloads().excel()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(table.size());
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.getRow(r + 1);
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                assertThat(cells).isEqualTo(table.get(r));
            }
        }
        assertThat(table).contains(List.of("Oma " + signedIn.unique, "1", "2", "2", "1", "1", "7"));
    }

    @Test
    void the_table_is_folded_under_the_chart_and_holds_the_charts_rows() throws Exception {
        DashboardScenario data = signedInMaintainer();
        FigurePanel<?> panel = charts().panel(StewardshipCharts.OVERDUE_ORGANIZATIONS);

        Details folded = panel.folded();
        assertThat(folded.isOpened()).as("closed at first").isFalse();
        assertThat(folded.getSummaryText()).isEqualTo("Näytä taulukkona");
        folded.setOpened(true);
        assertThat(folded.getContent()).anySatisfy(content -> assertThat(content.getElement().getTextRecursively())
                .contains("Oma " + data.unique, "Oman yksikkö " + data.unique));
        assertThat(rows(panel)).hasSize(2);
        assertThat(panel.all()).as("nothing left out, no link to all").isEmpty();
    }

    @Test
    void a_figure_of_many_rows_shows_its_top_ten_in_chart_and_table_and_links_to_the_whole_list() throws Exception {
        new DashboardScenario(entries(), jdbc);
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagementDashboardView.class);
        FigurePanel<?> panel = charts().panel(StewardshipCharts.ORGANIZATIONS);
        int organizations = figures.figures().byOrganization().size();
        assertThat(organizations).as("the seed has many organizations").isGreaterThan(FigurePanel.TOP);

        panel.folded().setOpened(true);
        List<List<String>> table = rows(panel);
        assertThat(table).hasSize(FigurePanel.TOP);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(panel.chart().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getElementsByTagName("rect").getLength()).as("the chart shows the table's rows").isEqualTo(FigurePanel.TOP);
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .startsWith("Tiedot organisaatioittain: 10 suurinta riviä " + organizations + " rivistä.");
        Anchor all = panel.all().orElseThrow();
        assertThat(all.getText()).isEqualTo("Näytä kaikki (" + organizations + ") listana");
        assertThat(all.getHref()).isEqualTo(ManagedServicesView.ROUTE);
        assertThat(panel.folded().getContent()).anySatisfy(content -> assertThat(content.getElement().getTextRecursively())
                .contains("Näytä kaikki (" + organizations + ") listana"));
        String csv = new String(panel.downloads().csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).as("the download holds every row and the heading").isEqualTo(organizations + 1);
    }

    private DashboardScenario signedIn;

    private DashboardScenario signedInMaintainer() {
        signedIn = new DashboardScenario(entries(), jdbc);
        saveUser("yllapitaja-" + signedIn.unique, UserRole.MAINTAINER, signedIn.own);
        login("yllapitaja-" + signedIn.unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate(ManagementDashboardView.class);
        return signedIn;
    }

    private static StewardshipCharts charts() {
        return _get(StewardshipCharts.class);
    }

    /** Rows of the panel's table, the label first, as the reader sees them. */
    private static List<List<String>> rows(FigurePanel<?> panel) {
        return panel.table().getBody().getRows().stream()
                .map(row -> row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList()).toList();
    }

    /** The address a cell links to and the number it shows; the row whose label is given, else the first. */
    private static List<String> link(FigurePanel<?> panel, String label, int column) {
        NativeTableRow row = panel.table().getBody().getRows().stream()
                .filter(candidate -> label == null || candidate.getChildren().findFirst().orElseThrow().getElement()
                        .getTextRecursively().equals(label))
                .findFirst().orElseThrow();
        Component cell = row.getChildren().toList().get(column);
        Anchor anchor = (Anchor) cell.getChildren().findFirst().orElseThrow();
        return List.of(anchor.getHref(), anchor.getText());
    }
}
