package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.ConflictDialog;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ActorEditorViewTest extends AbstractAppTest {

    @Autowired
    private ActorRepository actors;
    @Autowired
    private ActorEditing editing;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;

    @BeforeEach
    void coordinator() {
        unique = EntryFixture.unique();
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void coordinator_creates_an_actor_under_a_parent_and_lands_in_its_editor() {
        Actor city = entries().actor("Kaupunki " + unique);
        UI.getCurrent().navigate("hallinta/toimija/uusi");
        _get(H1.class, spec -> spec.withText("Uusi toimija"));

        _setValue(field("Nimi (suomi)"), "Työllisyyspalvelut " + unique);
        _setValue(field("Nimi (ruotsi)"), "Sysselsättningstjänster " + unique);
        _setValue(field("Y-tunnus"), "0201256-6");
        _setValue(field("Puhelin"), "08 123 4567");
        @SuppressWarnings("unchecked")
        Select<ActorSector> sector = _get(Select.class, spec -> spec.withLabel("Sektori"));
        _setValue(sector, ActorSector.MUNICIPALITY);
        @SuppressWarnings("unchecked")
        ComboBox<UUID> parent = _get(ComboBox.class, spec -> spec.withLabel("Yläorganisaatio"));
        _setValue(parent, city.getId());
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        List<Actor> stored = actors.findAll().stream().filter(a -> ("Työllisyyspalvelut " + unique).equals(a.getName().getFi()))
                .toList();
        assertThat(stored).hasSize(1);
        UUID created = stored.getFirst().getId();
        deleteAfterTest(() -> actors.deleteById(created));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("hallinta/toimija/" + created);
        ActorContent content = editing.load(created).content();
        assertThat(content.parentId()).isEqualTo(city.getId());
        assertThat(content.name().getSv()).isEqualTo("Sysselsättningstjänster " + unique);
        assertThat(content.businessId()).isEqualTo("0201256-6");
        assertThat(content.phone()).isEqualTo("+35881234567");
        assertThat(content.sector()).isEqualTo(ActorSector.MUNICIPALITY);
        assertThat(field("Puhelin").getValue()).isEqualTo("+35881234567");
    }

    @Test
    void wrong_input_is_shown_next_to_each_field_and_nothing_is_stored() {
        Actor actor = entries().actor("Yhdistys " + unique);
        long version = actor.getVersion();
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());

        _setValue(field("Nimi (suomi)"), " ");
        _setValue(field("Y-tunnus"), "0201256-5");
        _setValue(field("Verkkosivu"), "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(field("Nimi (suomi)").isInvalid()).isTrue();
        assertThat(field("Nimi (suomi)").getErrorMessage()).isNotBlank();
        assertThat(field("Y-tunnus").isInvalid()).isTrue();
        assertThat(field("Y-tunnus").getErrorMessage()).isEqualTo("Tarkista Y-tunnus (muotoa 1234567-8).");
        assertThat(field("Verkkosivu").isInvalid()).isTrue();
        assertThat(field("Puhelin").isInvalid()).isFalse();
        _get(Paragraph.class, spec -> spec.withText("Tallennus ei onnistunut: tarkista 3 merkittyä kohtaa."));
        Actor stored = actors.findById(actor.getId()).orElseThrow();
        assertThat(stored.getName().getFi()).isEqualTo("Yhdistys " + unique);
        assertThat(stored.getVersion()).isEqualTo(version);
    }

    @Test
    void further_websites_are_added_with_a_wrong_address_shown_on_its_field_and_the_import_only_details_stay() {
        Actor actor = entries().actor("Verkkoyhdistys " + unique, a -> {
            a.addWebsite(new ActorWebsite("Työnantajille", "https://verkkoyhdistys.example/tyonantajat"));
            a.setLegalStatus("Rekisteröity yhdistys");
            a.setYearIncorporated(2001);
        });
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        assertThat(_find(TextField.class, spec -> spec.withLabel("Otsikko"))).singleElement()
                .satisfies(label -> assertThat(label.getValue()).isEqualTo("Työnantajille"));

        _click(_get(Button.class, spec -> spec.withText("Lisää verkkosivu")));
        TextField address = _find(TextField.class, spec -> spec.withLabel("Osoite")).get(1);
        _setValue(address, "hanke sivu");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Anna verkko-osoite, joka alkaa http:// tai https://.");
        assertThat(editing.load(actor.getId()).content().websites()).hasSize(1);

        _setValue(address, "https://hanke.example");
        _click(_get(Button.class, spec -> spec.withText("Lisää tunniste")));
        _setValue(field("Tunnisteen laji (esim. Yhdistysrekisterinumero)"), "Yhdistysrekisterinumero");
        _setValue(field("Tunniste"), "123.456");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        expectNotifications("Tallennettu.");
        ActorContent stored = editing.load(actor.getId()).content();
        assertThat(stored.websites()).extracting(ActorContent.Website::url)
                .containsExactly("https://verkkoyhdistys.example/tyonantajat", "https://hanke.example");
        assertThat(stored.identifiers()).extracting(ActorContent.Identifier::type, ActorContent.Identifier::identifier)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Yhdistysrekisterinumero", "123.456"));
        Actor saved = actors.findById(actor.getId()).orElseThrow();
        assertThat(saved.getLegalStatus()).isEqualTo("Rekisteröity yhdistys");
        assertThat(saved.getYearIncorporated()).isEqualTo(2001);
    }

    @Test
    void maintainer_updates_her_organization_and_sees_no_archive_button() {
        Actor own = entries().actor("Oma yhdistys " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("hallinta/toimija/" + own.getId());
        _assertNone(Button.class, spec -> spec.withText("Arkistoi toimija"));

        _setValue(field("Verkkosivu"), "https://yhdistys.example.fi");
        _setValue(field("Muu nimi tai lyhenne"), "OY " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        expectNotifications("Tallennettu.");
        ActorContent stored = editing.load(own.getId()).content();
        assertThat(stored.website()).isEqualTo("https://yhdistys.example.fi");
        assertThat(stored.alternateName()).isEqualTo("OY " + unique);
        _setValue(field("Puhelin"), "08 765 4321");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        assertThat(editing.load(own.getId()).content().phone()).isEqualTo("+35887654321");
    }

    @Test
    void a_save_over_someone_elses_save_shows_what_they_changed_and_reloads_on_request() {
        Actor actor = entries().actor("Säätiö " + unique);
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        ActorEditing.Editable other = editing.load(actor.getId());
        editing.update(actor.getId(), other.version(), new ActorContent(LocalizedText.of("Säätiö sr " + unique), null,
                new LocalizedText(), ActorSector.THIRD_SECTOR, null, null, null, null, null));

        _setValue(field("Nimi (suomi)"), "Minun säätiöni " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        @SuppressWarnings("unchecked")
        ConflictDialog<ActorContent> dialog = _get(ConflictDialog.class);
        assertThat(dialog.choice("name").getLabel()).isEqualTo("Nimi");
        assertThat(dialog.choice("name").getItemLabelGenerator().apply(ConflictDialog.Choice.THEIRS))
                .isEqualTo("Tallennettu: Säätiö sr " + unique);
        assertThat(dialog.choice("name").getItemLabelGenerator().apply(ConflictDialog.Choice.MINE))
                .isEqualTo("Oma: Minun säätiöni " + unique);
        assertThat(dialog.choice("sector")).isNotNull();
        assertThat(editing.load(actor.getId()).content().name().getFi()).isEqualTo("Säätiö sr " + unique);

        _click(_get(Button.class, spec -> spec.withText("Hylkää omat muutokset ja lataa uudelleen")));

        assertThat(field("Nimi (suomi)").getValue()).isEqualTo("Säätiö sr " + unique);
        _get(H1.class, spec -> spec.withText("Säätiö sr " + unique));
    }

    @Test
    void after_a_conflict_the_merge_keeps_her_name_and_their_website() {
        Actor actor = entries().actor("Seura " + unique);
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        ActorEditing.Editable other = editing.load(actor.getId());
        editing.update(actor.getId(), other.version(), new ActorContent(LocalizedText.of("Seura " + unique), null,
                new LocalizedText(), null, null, null, "https://seura.example.fi", null, null));

        _setValue(field("Nimi (suomi)"), "Urheiluseura " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        @SuppressWarnings("unchecked")
        ConflictDialog<ActorContent> dialog = _get(ConflictDialog.class);
        assertThat(dialog.choice("website").getItemLabelGenerator().apply(ConflictDialog.Choice.MINE)).isEqualTo("Oma: –");
        assertThat(dialog.choice("website").getValue()).isEqualTo(ConflictDialog.Choice.THEIRS);
        assertThat(dialog.choice("name")).as("only this user changed the name: kept without asking").isNull();
        _click(_get(Button.class, spec -> spec.withText("Tallenna valinnat")));

        ActorContent stored = editing.load(actor.getId()).content();
        assertThat(stored.name().getFi()).isEqualTo("Urheiluseura " + unique);
        assertThat(stored.website()).isEqualTo("https://seura.example.fi");
        assertThat(field("Verkkosivu").getValue()).isEqualTo("https://seura.example.fi");
    }

    @Test
    void coordinator_is_told_how_many_published_services_keep_the_actor_from_archiving_and_archives_when_none() {
        Actor project = entries().actor("Hanke " + unique);
        entries().offering("Hankkeen palvelu " + unique, project, OfferingStatus.PUBLISHED, offering -> { });
        UI.getCurrent().navigate("hallinta/toimija/" + project.getId());
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Tila: Toiminnassa"));

        _click(_get(Button.class, spec -> spec.withText("Arkistoi toimija")));

        _get(Paragraph.class, spec -> spec.withText("Toimijalla on 1 julkaistua palvelua. Arkistoi palvelut tai siirrä ne"
                + " toiselle toimijalle ennen toimijan arkistointia."));
        assertThat(actors.findById(project.getId()).orElseThrow().getStatus()).isEqualTo(ActorStatus.ACTIVE);

        jdbc.update("update offering set status = 'ARCHIVED' where provider_id = ?", project.getId());
        _click(_get(Button.class, spec -> spec.withText("Arkistoi toimija")));

        assertThat(actors.findById(project.getId()).orElseThrow().getStatus()).isEqualTo(ActorStatus.ARCHIVED);
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Tila: Arkistoitu"));
        _assertNone(Button.class, spec -> spec.withText("Arkistoi toimija"));
        _click(_get(Button.class, spec -> spec.withText("Palauta toimija")));
        assertThat(actors.findById(project.getId()).orElseThrow().getStatus()).isEqualTo(ActorStatus.ACTIVE);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void a_coordinator_sets_that_an_organizations_services_wait_for_approval_and_a_maintainer_does_not_see_it() {
        Actor organization = entries().actor("Järjestö " + unique);
        UI.getCurrent().navigate("hallinta/toimija/" + organization.getId());
        com.vaadin.flow.component.checkbox.Checkbox approval = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Organisaation uudet palvelut julkaisee koordinaattori"));
        assertThat(approval.getValue()).isFalse();

        _setValue(approval, true);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(organization.getId()).approvalRequired()).isTrue();
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, organization);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("hallinta/toimija/" + organization.getId());
        _assertNone(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Organisaation uudet palvelut julkaisee koordinaattori"));
    }
}
