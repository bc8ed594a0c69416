package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceArea;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service editor's folded part (interpretation, accreditations, program, areas other than
 * municipalities) and the classes of another taxonomy, which a save keeps unless removed.
 */
class ServiceMoreTermsEditorTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private TaxonomyTermRepository terms;
    @Autowired
    private ImportService imports;

    /** The service of the official HSDS 3.1 example service_full.json. */
    @Autowired
    private fi.ekokartta.offering.OfferingRepository offeringRepository;

    private static final UUID EXAMPLE = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");

    private String unique;
    private Actor own;

    @BeforeEach
    void maintainerOfAnOrganizationWithAProgram() {
        unique = EntryFixture.unique();
        own = entries().actor("Ohjelmallinen järjestö " + unique, a -> {
            Program program = new Program();
            program.getName().set("fi", "Nuorten polku " + unique);
            a.addProgram(program);
        });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_class_of_another_taxonomy_survives_a_save_in_the_editor_and_goes_only_when_removed() {
        TaxonomyTerm foreign = new TaxonomyTerm();
        foreign.setTaxonomy("hsds-example-" + unique);
        foreign.setCode("EX-" + unique);
        foreign.setName(LocalizedText.of("Esimerkkiluokka " + unique));
        TaxonomyTerm stored = terms.save(foreign);
        deleteAfterTest(() -> terms.deleteById(stored.getId()));
        Offering offering = entries().offering("Luokiteltu " + unique, own, OfferingStatus.PUBLISHED,
                o -> o.getClasses().add(stored));
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        assertThat(_get(OtherClasses.class).getElement().getTextRecursively())
                .contains("Esimerkkiluokka " + unique + " (hsds-example-" + unique + ")");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Muu nimi (suomi)")), "Toinen nimi");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(offering.getId()).content().classIds()).containsExactly(stored.getId());

        _click(_get(_get(OtherClasses.class), Button.class, spec -> spec.withText("Poista")));
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(offering.getId()).content().classIds()).isEmpty();
        assertThat(_find(OtherClasses.class)).as("hidden when there are none").isEmpty();
    }

    @Test
    void interpretation_program_and_areas_are_edited_in_the_folded_part_and_a_wrong_address_stores_nothing() {
        Offering offering = entries().offering("Alueellinen " + unique, own, OfferingStatus.PUBLISHED,
                o -> o.addArea(new ServiceArea(LocalizedText.of("Keskusta"), null, "{\"type\":\"Point\"}", "geojson", null)));
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        MoreTermsForm more = _get(MoreTermsForm.class);
        assertThat(more.details().isOpened()).as("open: the service has an imported area").isTrue();
        _get(Paragraph.class, spec -> spec.withText("Alueella on tuotu rajaus (geojson). Rajausta ei voi muokata tässä, "
                + "se säilyy tallennettaessa."));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Tulkkauspalvelut (suomi)")), "Viittomakielen tulkkaus");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Akkreditoinnit ja laatusertifikaatit (englanti)")), "Key Flag");
        @SuppressWarnings("unchecked")
        Select<UUID> program = _get(Select.class, spec -> spec.withLabel("Ohjelma"));
        UUID programId = own.getPrograms().getFirst().getId();
        _setValue(program, programId);
        _click(_get(Button.class, spec -> spec.withText("Lisää muu palvelualue")));
        _setValue(_find(TextField.class, spec -> spec.withLabel("Alueen nimi (suomi)")).get(1), "Satama");
        TextField address = _find(TextField.class, spec -> spec.withLabel("Alueen verkko-osoite")).get(1);
        _setValue(address, "satama alue");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Anna verkko-osoite, joka alkaa http:// tai https://.");
        assertThat(editing.load(offering.getId()).content().moreTerms().interpretationServices().isEmpty()).isTrue();

        _setValue(address, "https://kalajoki.example/satama");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingContent.MoreTerms stored = editing.load(offering.getId()).content().moreTerms();
        assertThat(stored.interpretationServices().getFi()).isEqualTo("Viittomakielen tulkkaus");
        assertThat(stored.accreditations().getEn()).isEqualTo("Key Flag");
        assertThat(stored.programId()).isEqualTo(programId);
        assertThat(stored.areas()).extracting(area -> area.name().getFi(), OfferingContent.Area::uri, OfferingContent.Area::extent)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Keskusta", null, "{\"type\":\"Point\"}"),
                        org.assertj.core.api.Assertions.tuple("Satama", "https://kalajoki.example/satama", null));
    }

    @Test
    void the_folded_part_stays_closed_for_a_service_without_such_terms_and_opens_on_its_wrong_field() {
        Offering offering = entries().offering("Tavallinen " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        MoreTermsForm more = _get(MoreTermsForm.class);
        assertThat(more.details().isOpened()).isFalse();

        more.details().setOpened(true);
        _click(_get(Button.class, spec -> spec.withText("Lisää muu palvelualue")));
        more.details().setOpened(false);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(more.details().isOpened()).isTrue();
        TextField name = _get(TextField.class, spec -> spec.withLabel("Alueen nimi (suomi)"));
        assertThat(name.getErrorMessage()).isEqualTo("Anna alueelle nimi, kuvaus tai verkko-osoite.");
        assertThat(editing.load(offering.getId()).content().moreTerms().areas()).isEmpty();
    }

    @Test
    void the_official_hsds_example_saved_in_the_editor_keeps_its_classes_program_areas_and_terms() {
        ImportReport report = imports.apply(ImportSource.fromPath(Path.of("src/test/resources/hsds-examples/3.1/service_full.json")));
        assertThat(report.rejected()).as(report.render(java.util.Locale.ENGLISH)).isFalse();
        // The example's ids are fixed: other tests load a smaller example with the same service id.
        deleteAfterTest(() -> offeringRepository.deleteById(EXAMPLE));
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        OfferingEditing.Editable before = editing.load(EXAMPLE);
        assertThat(before.content().classIds()).isNotEmpty();
        OfferingContent.MoreTerms imported = before.content().moreTerms();
        assertThat(imported.programId()).isNotNull();
        assertThat(imported.interpretationServices().isEmpty()).isFalse();
        assertThat(imported.accreditations().isEmpty()).isFalse();
        assertThat(imported.areas()).singleElement().satisfies(area -> assertThat(area.extent()).isNotBlank());
        UI.getCurrent().navigate(ServiceEditorView.class, EXAMPLE.toString());
        assertThat(_get(OtherClasses.class).getElement().getTextRecursively()).isNotBlank();

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingEditing.Editable after = editing.load(EXAMPLE);
        assertThat(after.version()).as("saved; errors: %s", _find(fi.ekokartta.base.ui.FormErrors.class).stream()
                .map(errors -> errors.getElement().getTextRecursively()).toList()).isGreaterThan(before.version());
        assertThat(after.content().classIds()).isEqualTo(before.content().classIds());
        assertThat(after.content().moreTerms()).isEqualTo(imported);

        UI.getCurrent().navigate("palvelu/" + EXAMPLE);
        String card = _get(fi.ekokartta.directory.ui.ServiceCard.class).getElement().getTextRecursively();
        assertThat(card).contains("Tulkkaus" + imported.interpretationServices().getFi(),
                "Akkreditoinnit" + imported.accreditations().getFi(),
                "Muut palvelualueet" + imported.areas().getFirst().name().getFi(), "Ohjelma");
    }
}
