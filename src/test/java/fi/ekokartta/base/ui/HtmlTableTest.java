package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTableTest {

    @Test
    void each_data_cell_is_named_by_its_column_for_the_phone_cards() {
        HtmlTable table = new HtmlTable("Tehtävät", "Tehtävä", "Vastuutoimija", "Tila");
        table.row("Laaditaan kysely", "Testitoimija", new Span("Avoin"));

        Element row = body(table).getChild(0);
        assertThat(row.getChild(0).getTag()).isEqualTo("th");
        assertThat(row.getChild(0).getAttribute("scope")).isEqualTo("row");
        assertThat(row.getChild(0).hasAttribute("data-label")).as("the row's own heading needs no label").isFalse();
        assertThat(row.getChild(1).getAttribute("data-label")).isEqualTo("Vastuutoimija");
        assertThat(row.getChild(2).getAttribute("data-label")).isEqualTo("Tila");
        assertThat(row.getChild(2).getTextRecursively()).isEqualTo("Avoin");
        assertThat(table.getClassNames()).contains("table-scroller").doesNotContain("keep-columns");
    }

    @Test
    void a_button_cell_is_not_labelled_again() {
        HtmlTable table = new HtmlTable("Esityslista", "Kohta", "Poisto");
        table.row("Avaus", new com.vaadin.flow.component.button.Button("Poista"));

        assertThat(body(table).getChild(0).getChild(1).hasAttribute("data-label")).isFalse();
    }

    @Test
    void a_cross_table_keeps_its_columns() {
        assertThat(new HtmlTable("Palvelut", "Luokka", "Alavieska").keepColumnsOnPhone().getClassNames())
                .contains("keep-columns");
    }

    private static Element body(HtmlTable table) {
        Element html = table.getElement().getChild(0);
        return html.getChildren().filter(child -> child.getTag().equals("tbody")).findFirst().orElseThrow();
    }
}
