package fi.ekokartta.base.ui;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    @Test
    void a_bar_chart_escapes_its_texts_and_stays_well_formed() throws Exception {
        String svg = new BarChart().add("Työ & <koulutus> \"Oy\"", 3, "3")
                .add("Toinen", 6, "6").svg("Kuvaus <kaavio> & muuta");

        Element root = parse(svg);

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Kuvaus <kaavio> & muuta");
        assertThat(root.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("Työ & <koulutus> \"Oy\"");
        assertThat(root.getElementsByTagName("a").getLength()).as("an image holds no links: the table beside it does").isZero();
        assertThat(((Element) root.getElementsByTagName("rect").item(1)).getAttribute("width"))
                .isEqualTo(String.valueOf(BarChart.WIDTH - 60));
        assertThat(((Element) root.getElementsByTagName("rect").item(0)).getAttribute("width"))
                .isEqualTo(String.valueOf((BarChart.WIDTH - 60) / 2));
    }

    @Test
    void the_same_rows_draw_the_same_chart() {
        assertThat(new BarChart().add("Yksi", 1, "1").svg("S"))
                .isEqualTo(new BarChart().add("Yksi", 1, "1").svg("S"));
        assertThat(new LineChart().add("1/2026", 50, "50 %").svg("S"))
                .isEqualTo(new LineChart().add("1/2026", 50, "50 %").svg("S"));
    }

    @Test
    void a_line_chart_has_a_point_per_period_on_a_scale_of_per_cents() throws Exception {
        LineChart chart = new LineChart();
        for (int month = 1; month <= 12; month++) {
            chart.add(month + "/2026", month * 8, month * 8 + " %");
        }

        Element root = parse(chart.svg("Osuus kasvoi"));

        assertThat(root.getElementsByTagName("circle").getLength()).isEqualTo(12);
        assertThat(root.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Osuus kasvoi");
        assertThat(root.getElementsByTagName("circle").item(11).getTextContent()).isEqualTo("12/2026: 96 %");
        double first = Double.parseDouble(((Element) root.getElementsByTagName("circle").item(0)).getAttribute("cy"));
        double last = Double.parseDouble(((Element) root.getElementsByTagName("circle").item(11)).getAttribute("cy"));
        assertThat(first).as("a higher share is drawn higher up").isGreaterThan(last);
    }

    private static Element parse(String svg) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }
}
