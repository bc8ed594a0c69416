package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.ui.ConflictDialog;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceEditorViewTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private fi.ekokartta.actor.ActorRepository actors;

    private String unique;
    private Actor own;

    @BeforeEach
    void maintainer() {
        unique = EntryFixture.unique();
        own = entries().actor("Oma järjestö " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_maintainer_creates_a_draft_with_a_channel_and_hours_and_lands_in_its_editor() {
        UI.getCurrent().navigate(ServiceEditorView.class, ServiceEditorView.NEW);
        _get(H1.class, spec -> spec.withText("Uusi palvelu"));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")), "Velkaneuvonta " + unique);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Kuvaus (suomi)")), "Neuvoo velkojen kanssa.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hakusanat (suomi)")), "velka, talous");
        _click(_get(Button.class, spec -> spec.withText("Lisää asiointikanava")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Puhelin")), "040 123 4567");
        _click(_get(Button.class, spec -> spec.withText("Lisää aukioloaika")));
        ChannelForm channel = _get(ChannelForm.class);
        WeeklyHoursRow hours = channel.weekly().getFirst();
        _setValue(hours.days(), java.util.Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY));
        _setValue(hours.opens(), LocalTime.of(9, 0));
        _setValue(hours.closes(), LocalTime.of(15, 0));
        String preview = _get(fi.ekokartta.directory.ui.ServiceCard.class).getParent().orElseThrow().getElement()
                .getTextRecursively();
        assertThat(preview).contains("Velkaneuvonta " + unique, "Neuvoo velkojen kanssa.", "040 123 4567", "ma–ti 9.00–15.00");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("hallinta/palvelu/");
        UUID id = UUID.fromString(path.substring("hallinta/palvelu/".length()));
        deleteAfterTest(() -> offerings.deleteById(id));
        OfferingContent stored = editing.load(id).content();
        assertThat(stored.name().getFi()).isEqualTo("Velkaneuvonta " + unique);
        assertThat(stored.keywords()).extracting(keyword -> keyword.getWord()).containsExactlyInAnyOrder("velka", "talous");
        assertThat(stored.channels()).singleElement().satisfies(c -> {
            assertThat(c.phone()).isEqualTo("+358401234567");
            assertThat(c.openingHours()).containsExactly(OfferingContent.Hours.weekly("MO,TU", LocalTime.of(9, 0),
                    LocalTime.of(15, 0), null));
        });
        _get(H1.class, spec -> spec.withText("Muokkaa palvelua: Velkaneuvonta " + unique));
        assertThat(_find(Button.class, spec -> spec.withText("Lähetä tarkastettavaksi"))).hasSize(1);
        // Her organization does not require a coordinator's approval: she may publish herself.
        assertThat(_find(Button.class, spec -> spec.withText("Julkaise"))).hasSize(1);
    }

    @Test
    void where_the_organization_requires_approval_a_maintainer_can_only_submit_for_review() {
        own.setApprovalRequired(true);
        actors.save(own);
        Offering offering = entries().offering("Hyväksyttävä " + unique, own, OfferingStatus.DRAFT, o -> { });

        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());

        assertThat(_find(Button.class, spec -> spec.withText("Julkaise"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Lähetä tarkastettavaksi")));
        assertThat(editing.load(offering.getId()).status()).isEqualTo(OfferingStatus.IN_REVIEW);
    }

    @Test
    void wrong_fields_are_marked_where_they_are_and_nothing_is_stored() {
        long before = offerings.count();
        UI.getCurrent().navigate(ServiceEditorView.class, ServiceEditorView.NEW);
        _click(_get(Button.class, spec -> spec.withText("Lisää asiointikanava")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Puhelin")), "123");

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        TextField finnishName = _get(TextField.class, spec -> spec.withLabel("Nimi (suomi)"));
        assertThat(finnishName.isInvalid()).isTrue();
        assertThat(finnishName.getErrorMessage()).isEqualTo("Tämä tieto on pakollinen.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kuvaus (suomi)")).isInvalid()).isTrue();
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Puhelin"));
        assertThat(phone.getErrorMessage()).startsWith("Tarkista puhelinnumero");
        assertThat(_get(fi.ekokartta.base.ui.FormErrors.class).getElement().getTextRecursively())
                .contains("Tallennus ei onnistunut: tarkista 3 merkittyä kohtaa.");
        assertThat(offerings.count()).isEqualTo(before);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("hallinta/palvelu/uusi");
    }

    @Test
    void a_save_over_someone_elses_takes_their_change_keeps_mine_and_asks_where_both_changed() {
        Offering offering = entries().offering("Työkokeilu " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        // Someone else saves a new summary and a new name meanwhile.
        OfferingEditing.Editable other = editing.load(offering.getId());
        editing.update(offering.getId(), other.version(), RecordFields.with(other.content(), Map.of(
                "summary", LocalizedText.of("Toisen tiivistelmä"), "name", LocalizedText.of("Toisen nimi " + unique))));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")), "Oma nimi " + unique);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hakusanat (suomi)")), "oma");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        @SuppressWarnings("unchecked")
        ConflictDialog<OfferingContent> dialog = _get(ConflictDialog.class);
        assertThat(dialog.choice("summary").getValue()).isEqualTo(ConflictDialog.Choice.THEIRS);
        assertThat(dialog.choice("name").getValue()).isEqualTo(ConflictDialog.Choice.MINE);
        assertThat(dialog.choice("keywords")).isNull();
        _click(_get(Button.class, spec -> spec.withText("Tallenna valinnat")));

        OfferingContent merged = editing.load(offering.getId()).content();
        assertThat(merged.name().getFi()).isEqualTo("Oma nimi " + unique);
        assertThat(merged.summary().getFi()).isEqualTo("Toisen tiivistelmä");
        assertThat(merged.keywords()).extracting(keyword -> keyword.getWord()).containsExactly("oma");
    }

    @Test
    void a_conflict_can_be_dropped_by_reloading_the_stored_version() {
        Offering offering = entries().offering("Starttiraha " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        OfferingEditing.Editable other = editing.load(offering.getId());
        editing.update(offering.getId(), other.version(), RecordFields.with(other.content(),
                Map.of("name", LocalizedText.of("Toisen nimi " + unique))));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")), "Oma nimi " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        _click(_get(Button.class, spec -> spec.withText("Hylkää omat muutokset ja lataa uudelleen")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")).getValue()).isEqualTo("Toisen nimi " + unique);
        assertThat(editing.load(offering.getId()).content().name().getFi()).isEqualTo("Toisen nimi " + unique);
    }

    @Test
    void a_coordinator_publishes_and_a_maintainer_of_another_organization_cannot_open_it() {
        Offering offering = entries().offering("Luonnos " + unique, own, OfferingStatus.DRAFT, o -> { });
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());

        _click(_get(Button.class, spec -> spec.withText("Julkaise")));

        OfferingStatus published = transactions.execute(status -> offerings.findById(offering.getId()).orElseThrow().getStatus());
        assertThat(published).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(_find(Button.class, spec -> spec.withText("Julkaise"))).isEmpty();

        Actor other = entries().actor("Toinen järjestö " + unique);
        saveUser("toinen-" + unique, UserRole.MAINTAINER, other);
        login("toinen-" + unique, UserRole.MAINTAINER);
        assertThatThrownBy(() -> editing.load(offering.getId())).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        assertThat(_find(H1.class, spec -> spec.withText("Muokkaa palvelua: Luonnos " + unique))).isEmpty();
        assertThat(_find(ServiceEditorView.class)).isEmpty();
        _get(H1.class, spec -> spec.withText("Ei pääsyä tälle sivulle"));
    }

    @Test
    void exception_dates_and_by_appointment_are_edited_with_the_channel() {
        Offering offering = entries().offering("Ajanvaraus " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        _click(_get(Button.class, spec -> spec.withText("Lisää asiointikanava")));
        ChannelForm channel = _get(ChannelForm.class);
        _setValue(channel.type(), ChannelType.VISITING_ADDRESS);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Vain ajanvarauksella")), true);
        _click(_get(Button.class, spec -> spec.withText("Lisää poikkeusaukiolo")));
        ExceptionHoursRow exception = channel.exceptions().getFirst();
        _setValue(exception.date(), java.time.LocalDate.of(2027, 12, 24));

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingContent.Channel stored = editing.load(offering.getId()).content().channels().getFirst();
        assertThat(stored.byAppointment()).isTrue();
        assertThat(stored.openingHours()).containsExactly(new OfferingContent.Hours(null, null, null, null,
                java.time.LocalDate.of(2027, 12, 24)));
    }

    @Test
    void saving_keeps_an_imported_monthly_schedule_shown_in_words_and_its_validity_is_editable() {
        fi.ekokartta.offering.ScheduleRule monthly = new fi.ekokartta.offering.ScheduleRule(null, null,
                fi.ekokartta.offering.ScheduleFrequency.MONTHLY, null, null, null, java.time.LocalDate.of(2027, 12, 31),
                "MO", "1", null, null, "https://ajanvaraus.example.fi", "Paikan päällä", "Ilmoittaudu ensin");
        Offering offering = entries().offering("Kuukausiryhmä " + unique, own, OfferingStatus.PUBLISHED, o -> {
            fi.ekokartta.offering.ServiceChannel office = new fi.ekokartta.offering.ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setStreetAddress("Torikatu 3");
            office.setCity("Ylivieska");
            fi.ekokartta.offering.OpeningHours hours = new fi.ekokartta.offering.OpeningHours();
            hours.setOpens(LocalTime.of(9, 0));
            hours.setCloses(LocalTime.of(12, 0));
            hours.setRule(monthly);
            office.addOpeningHours(hours);
            o.addChannel(office);
        });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        WeeklyHoursRow row = _get(ChannelForm.class).weekly().getFirst();
        assertThat(row.days().isReadOnly()).isTrue();
        _get(row, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Toistuu tuodun aikataulun mukaan: joka kuukauden 1. päivä, viimeisen kerran 31.12.2027. "
                        + "Toistoa ei voi muokata tässä, se säilyy tallennettaessa."));
        _setValue(_get(row, com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Voimassa asti")),
                java.time.LocalDate.of(2027, 6, 30));

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingContent.Hours stored = editing.load(offering.getId()).content().channels().getFirst().openingHours().getFirst();
        assertThat(stored).isEqualTo(new OfferingContent.Hours(null, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null,
                monthly.withValidity(null, java.time.LocalDate.of(2027, 6, 30))));
    }

    @Test
    void capacity_figures_are_added_with_the_service_marked_when_wrong_and_shown_on_the_card() {
        Offering offering = entries().offering("Ryhmävalmennus " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        _click(_get(Button.class, spec -> spec.withText("Lisää paikkatieto")));
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Mitä luku kertoo")),
                fi.ekokartta.offering.CapacityUnit.PLACES);
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Luku nyt")), 5);
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Enimmäismäärä")), 3);

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        var maximum = _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Enimmäismäärä"));
        assertThat(maximum.isInvalid()).isTrue();
        assertThat(maximum.getErrorMessage()).isEqualTo("Enimmäismäärä ei voi olla pienempi kuin luku nyt.");
        assertThat(editing.load(offering.getId()).content().capacities()).isEmpty();

        _setValue(maximum, 12);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(offering.getId()).content().capacities()).singleElement()
                .satisfies(capacity -> assertThat(capacity.available()).isEqualTo(5));
        assertThat(_get(CapacityForm.class).getElement().getTextRecursively()).contains("Luku päivitetty");
        UI.getCurrent().navigate("palvelu/" + offering.getId());
        var term = _get(com.vaadin.flow.component.html.DescriptionList.Term.class, spec -> spec.withText("Vapaita paikkoja"));
        var facts = term.getParent().orElseThrow().getChildren().toList();
        String card = facts.get(facts.indexOf(term) + 1).getElement().getTextRecursively();
        assertThat(card).isEqualTo("5/12 – päivitetty " + fi.ekokartta.base.i18n.FinnishDates.date(
                fi.ekokartta.base.i18n.FinnishDates.today()));
    }

    @Test
    void a_price_a_document_and_a_notice_are_added_with_wrong_fields_marked_and_shown_on_the_card() {
        Offering offering = entries().offering("Hinnoiteltu kurssi " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Muu nimi (suomi)")), "Kurssi " + unique);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tiedote (suomi)")), "Kevään ryhmä on täynnä");
        _click(_get(Button.class, spec -> spec.withText("Lisää hinta")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Kenelle tai mistä (suomi)")), "Opiskelijat");
        var amount = _get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withLabel("Hinta"));
        _setValue(amount, new java.math.BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withText("Lisää asiakirja")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Asiakirja (suomi)")), "Lähete");
        var link = _get(TextField.class, spec -> spec.withLabel("Linkki asiakirjaan tai lomakkeeseen"));
        _setValue(link, "lähete.pdf");

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Hinnan pitää olla 0 tai enemmän, enintään kaksi desimaalia.");
        assertThat(link.isInvalid()).isTrue();
        assertThat(editing.load(offering.getId()).content().costOptions()).isEmpty();

        _setValue(amount, new java.math.BigDecimal("12.5"));
        _setValue(link, "https://www.kela.fi/lomake");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        var saved = editing.load(offering.getId()).content();
        assertThat(saved.costOptions()).singleElement().satisfies(cost -> assertThat(cost.currency()).isEqualTo("EUR"));
        assertThat(saved.requiredDocuments()).singleElement()
                .satisfies(document -> assertThat(document.uri()).isEqualTo("https://www.kela.fi/lomake"));
        UI.getCurrent().navigate("palvelu/" + offering.getId());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("service-alert")).getText())
                .isEqualTo("Tiedote: Kevään ryhmä on täynnä");
        assertThat(fact("Hinnat")).isEqualTo("Opiskelijat: 12,50 €");
        assertThat(fact("Tunnetaan myös nimellä")).isEqualTo("Kurssi " + unique);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Lähete")).getHref())
                .isEqualTo("https://www.kela.fi/lomake");
    }

    private static String fact(String term) {
        var label = _get(com.vaadin.flow.component.html.DescriptionList.Term.class, spec -> spec.withText(term));
        var facts = label.getParent().orElseThrow().getChildren().toList();
        return facts.get(facts.indexOf(label) + 1).getElement().getTextRecursively();
    }

    @Test
    void a_channels_imported_phone_and_place_details_survive_a_save_in_the_editor_and_show_on_the_card() {
        Offering offering = entries().offering("Virastopalvelu " + unique, own, OfferingStatus.PUBLISHED, o -> {
            fi.ekokartta.offering.ServiceChannel office = new fi.ekokartta.offering.ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setName(LocalizedText.of("Kaupungintalo"));
            office.setStreetAddress("Kauppatie 1");
            office.setPostalCode("85100");
            office.setCity("Kalajoki");
            office.setPhone("040 123 4567");
            office.setPhoneExtension(12);
            office.setPhoneType(fi.ekokartta.offering.PhoneType.VOICE);
            office.setAlternateName("Virastotalo");
            office.setDescription(LocalizedText.of("Kaupungin palvelupiste"));
            office.setExternalIdentifier("1000123456");
            office.setExternalIdentifierType("pysyvä rakennustunnus");
            office.setPostalStreetAddress("PL 12");
            office.setPostalPostalCode("85101");
            office.setPostalCity("Kalajoki");
            office.setAccessibility("Esteetön sisäänkäynti");
            office.setAccessibilityDetails("Induktiosilmukka palvelutiskillä");
            office.setAccessibilityUrl("https://kalajoki.example/esteettomyys");
            o.addChannel(office);
            fi.ekokartta.offering.ServiceContact contact = new fi.ekokartta.offering.ServiceContact();
            contact.setPerson(new fi.ekokartta.base.domain.ContactDetails("Palveluohjaaja", null, null, null,
                    "040 765 4321", 31));
            o.addContact(contact);
        });
        OfferingContent.Details imported = editing.load(offering.getId()).content().channels().getFirst().details();
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());

        _setValue(_get(TextField.class, spec -> spec.withLabel("Katuosoite")), "Kauppatie 2");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingContent.Channel saved = editing.load(offering.getId()).content().channels().getFirst();
        assertThat(saved.streetAddress()).isEqualTo("Kauppatie 2");
        assertThat(saved.details()).isEqualTo(imported);
        assertThat(imported.postalStreetAddress()).isEqualTo("PL 12");
        Integer contactExtension = transactions.execute(status -> offerings.findById(offering.getId()).orElseThrow()
                .getContacts().getFirst().getPerson().getPhoneExtension());
        assertThat(contactExtension).as("a contact's extension is kept too").isEqualTo(31);
        UI.getCurrent().navigate("palvelu/" + offering.getId());
        String card = _get(fi.ekokartta.directory.ui.ChannelCard.class).getElement().getTextRecursively();
        assertThat(card).contains("Tunnetaan myös nimellä: Virastotalo", "Kaupungin palvelupiste",
                "Postiosoite: PL 12, 85101 Kalajoki", "alanumero 12", "Hyvä tietää: Induktiosilmukka palvelutiskillä");
        var phone = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText(saved.phone() + ", alanumero 12"));
        assertThat(phone.getHref()).isEqualTo("tel:" + saved.phone().replace(" ", "") + ";ext=12");
        String contactPhone = editing.load(offering.getId()).content().contacts().getFirst().phone();
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText(contactPhone + ", alanumero 31"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Esteettömyystiedot")).getHref())
                .isEqualTo("https://kalajoki.example/esteettomyys");
    }
}
