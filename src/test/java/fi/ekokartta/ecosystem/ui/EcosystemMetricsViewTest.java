package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.ecosystem.metrics.MetricsFixture;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcosystemMetricsViewTest extends AbstractAppTest {

    @Autowired
    private TaxonomyTermRepository terms;
    @Autowired
    private MunicipalityRepository municipalities;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anyone_sees_the_figures_as_tiles() {
        UI.getCurrent().navigate(EcosystemMetricsView.class);

        _get(H1.class, spec -> spec.withText("Ekosysteemi luvuin"));
        _get(H2.class, spec -> spec.withText("Tunnusluvut"));
        for (String tile : List.of("Aktiivisia toimijoita", "Sektoreita mukana", "Palveluaukkoja (luokka × kunta)",
                "Läsnäolo kokouksissa", "Tehtäviä tehty", "Tehtäviä avoinna", "Tehtäviä myöhässä")) {
            _get(DescriptionList.Term.class, spec -> spec.withText(tile));
        }
        assertTrue(_find(DescriptionList.Term.class).stream().anyMatch(term -> term.getText().startsWith("Tapahtumia pidetty 20")));
    }

    @Test
    void a_sector_with_actors_links_to_the_actor_list_of_that_sector() {
        UI.getCurrent().navigate(EcosystemMetricsView.class);

        com.vaadin.flow.component.html.Anchor municipal = _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(anchor -> anchor.getHref().equals("toimijat?sektori=MUNICIPALITY")).findFirst().orElseThrow();
        long active = jdbc.queryForObject("select count(*) from actor where status = 'ACTIVE' and sector = 'MUNICIPALITY'",
                Long.class);
        assertEquals(String.valueOf(active), municipal.getText());
    }

    @Test
    void the_matrix_marks_a_gap_visibly_and_in_words() {
        MetricsFixture fixture = new MetricsFixture(entries(), terms, municipalities, this::deleteAfterTest);

        EcosystemMetricsView view = navigate();

        Element table = view.matrix().getElement().getChild(0);
        assertEquals("table", table.getTag());
        assertEquals("Julkaistut palvelut pääluokittain ja kunnittain", table.getChild(0).getText());
        assertEquals("region", view.matrix().getElement().getAttribute("role"));
        Element row = rowOf(table, "Mittariluokka A " + fixture.unique);
        assertEquals("row", row.getChild(0).getAttribute("scope"));
        List<String> cells = row.getChildren().skip(1).map(Element::getTextRecursively).toList();
        assertTrue(cells.contains("2"), cells.toString());
        assertTrue(cells.contains("–ei palveluja"), cells.toString());
        Span gap = _find(Span.class).stream().filter(span -> span.hasClassName("metrics-gap")).findFirst().orElseThrow();
        assertEquals("true", gap.getElement().getChild(0).getAttribute("aria-hidden"));
        assertTrue(gap.getElement().getChild(1).getClassList().contains("visually-hidden"));
        Element head = table.getChild(1).getChild(0);
        assertTrue(head.getChildren().allMatch(th -> "col".equals(th.getAttribute("scope"))));
        assertTrue(head.getChildren().anyMatch(th -> th.getText().equals("Kalajoki")));
    }

    @Test
    void the_sector_chart_is_an_image_without_links_that_parses_as_xml() throws Exception {
        EcosystemMetricsView view = navigate();

        String svg = view.sectorChart();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
        assertEquals(0, document.getElementsByTagName("a").getLength());
        assertFalse(svg.contains("href"));
        assertTrue(svg.contains("Järjestö tai seurakunta"));
        _get(H2.class, spec -> spec.withText("Toimijat sektoreittain"));
    }

    @Test
    void the_page_works_in_swedish() {
        UI.getCurrent().navigate("ekosysteemi", QueryParameters.of("lang", "sv"));

        _get(H1.class, spec -> spec.withText("Ekosystemet i siffror"));
        _get(DescriptionList.Term.class, spec -> spec.withText("Uppgifter försenade"));
        assertTrue(_get(EcosystemMetricsView.class).sectorChart().contains("Kommun"));
    }

    private static EcosystemMetricsView navigate() {
        UI.getCurrent().navigate(EcosystemMetricsView.class);
        return _get(EcosystemMetricsView.class);
    }

    private static Element rowOf(Element table, String className) {
        Element body = table.getChild(2);
        return body.getChildren().filter(row -> row.getChild(0).getText().equals(className)).findFirst().orElseThrow();
    }
}
