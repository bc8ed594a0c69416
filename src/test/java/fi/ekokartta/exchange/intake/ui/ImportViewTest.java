package fi.ekokartta.exchange.intake.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportRow;
import fi.ekokartta.exchange.intake.ImportFormat;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends AbstractAppTest {

    @Autowired
    OfferingRepository offerings;

    private static byte[] services(UUID organization, UUID service, String name) {
        return """
                {"id": "%s", "name": "%s", "description": "Tuontinäkymän testipalvelu.", "status": "active",
                 "licenses": "Ei paikkaa mallissa",
                 "organization": {"id": "%s", "name": "Tuontinäkymän testiyhdistys", "description": "Testitoimija."}}
                """.formatted(service, name, organization).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_coordinator_checks_a_file_sees_its_rows_and_then_stores_it() {
        UUID service = UUID.randomUUID();
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/tuonti");
        assertThat(_get(H1.class).getText()).isEqualTo("Tietojen tuonti");
        ImportView view = _get(ImportView.class);
        assertThat(_get(Button.class, spec -> spec.withText("Tallenna tuonti")).isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<fi.ekokartta.area.Municipality> municipality =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Kunta PTV-vientiin"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(municipality, municipality.getListDataView().getItems()
                .filter(m -> m.getCode().equals("977")).findFirst().orElseThrow());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Kunnan palvelut PTV:n muodossa (JSON)"))
                .getHref()).isEqualTo("api/ptv/v11/services?municipality=977");

        view.receive("service.json", services(UUID.randomUUID(), service, "Tuontinäkymän palvelu"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportFormat> format = _get(RadioButtonGroup.class);
        assertThat(format.getValue()).isEqualTo(ImportFormat.HSDS_JSON);
        _click(_get(Button.class, spec -> spec.withText("Tarkista (koeajo)")));

        assertThat(view.getElement().getTextRecursively()).contains("Koeajo onnistui, mitään ei ole vielä tallennettu");
        ReportRows rows = _get(ReportRows.class);
        ImportRow row = java.util.stream.IntStream.range(0, _size(rows)).mapToObj(i -> _get(rows, i))
                .filter(r -> service.equals(r.id())).findFirst().orElseThrow();
        assertThat(row.outcome()).isEqualTo(ImportOutcome.CREATED);
        assertThat(row.dropped()).anyMatch(path -> path.contains("licenses"));
        assertThat(offerings.findById(service)).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Tallenna tuonti")));

        assertThat(view.getElement().getTextRecursively()).contains("Tuonti tallennettu");
        assertThat(offerings.findById(service)).isPresent();
        assertThat(_get(Button.class, spec -> spec.withText("Tallenna tuonti")).isEnabled()).isFalse();
    }

    @Test
    void a_rejected_row_keeps_the_store_button_off_and_names_the_reason() {
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/tuonti");
        ImportView view = _get(ImportView.class);
        view.receive("services.json", """
                [{"id": "ei-tunniste", "name": "Virheellinen palvelu", "status": "active", "description": "x"}]
                """.getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withText("Tarkista (koeajo)")));

        assertThat(view.getElement().getTextRecursively()).contains("Tuontia ei voi tallentaa");
        assertThat(_get(Button.class, spec -> spec.withText("Tallenna tuonti")).isEnabled()).isFalse();
        ImportRow rejected = _get(_get(ReportRows.class), 0);
        assertThat(rejected.outcome()).isEqualTo(ImportOutcome.REJECTED);
    }

    @Test
    void an_unreadable_workbook_is_refused_before_any_dry_run() {
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/tuonti");
        ImportView view = _get(ImportView.class);

        view.receive("toimija.xlsx", "ei Excel".getBytes(StandardCharsets.UTF_8));

        assertThat(view.getElement().getTextRecursively()).contains("Tiedostoa ei voi tuoda", "Tiedosto ei ole Excel-työkirja");
        assertThat(_get(Button.class, spec -> spec.withText("Tarkista (koeajo)")).isEnabled()).isFalse();
    }

    @Test
    void a_maintainer_does_not_open_the_import() {
        login("tuonti-yllapitaja", UserRole.MAINTAINER);
        UI.getCurrent().navigate("hallinta/tuonti");
        _assertNone(ImportView.class);
    }
}
