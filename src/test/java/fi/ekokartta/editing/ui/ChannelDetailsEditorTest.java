package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.directory.ui.ChannelCard;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.PhoneType;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A maintainer edits a channel's phone extension and type and its place's postal address and accessibility page. */
class ChannelDetailsEditorTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;

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
    void the_extension_and_postal_address_are_edited_wrong_ones_marked_and_nothing_stored_then_saved_and_shown_on_the_card() {
        Offering offering = entries().offering("Virastopalvelu " + unique, own, OfferingStatus.PUBLISHED, o -> {
            ServiceChannel office = new ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setName(LocalizedText.of("Kaupungintalo"));
            office.setStreetAddress("Kauppatie 1");
            office.setPostalCode("85100");
            office.setCity("Kalajoki");
            office.setPhone("040 123 4567");
            o.addChannel(office);
        });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        ChannelForm form = _get(ChannelForm.class);
        assertThat(form.more().isOpened()).as("nothing in the details yet: they stay folded").isFalse();

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Alanumero")), 12);
        @SuppressWarnings("unchecked")
        Select<PhoneType> phoneType = _get(Select.class, spec -> spec.withLabel("Numeron tyyppi"));
        _setValue(phoneType, PhoneType.TEXTPHONE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postiosoite (katu tai PL)")), "PL 12");
        TextField postalCode = _get(TextField.class, spec -> spec.withLabel("Postiosoitteen postinumero"));
        _setValue(postalCode, "851");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postiosoitteen postitoimipaikka")), "Kalajoki");
        TextField accessibilityPage = _get(TextField.class, spec -> spec.withLabel("Esteettömyystietojen verkkosivu"));
        _setValue(accessibilityPage, "kalajoki.example/esteettomyys");

        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(postalCode.isInvalid()).isTrue();
        assertThat(postalCode.getErrorMessage()).isEqualTo("Postinumerossa on viisi numeroa.");
        assertThat(accessibilityPage.isInvalid()).isTrue();
        assertThat(accessibilityPage.getErrorMessage()).isEqualTo("Anna verkko-osoite, joka alkaa http:// tai https://.");
        assertThat(form.more().isOpened()).as("the wrong postal code is shown, not folded away").isTrue();
        assertThat(_get(fi.ekokartta.base.ui.FormErrors.class).getElement().getTextRecursively())
                .contains("tarkista 2 merkittyä kohtaa");
        assertThat(editing.load(offering.getId()).content().channels().getFirst().details())
                .isEqualTo(OfferingContent.Details.NONE);

        _setValue(postalCode, "85101");
        _setValue(accessibilityPage, "https://kalajoki.example/esteettomyys");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        OfferingContent.Channel saved = editing.load(offering.getId()).content().channels().getFirst();
        assertThat(saved.details()).isEqualTo(new OfferingContent.Details(12, PhoneType.TEXTPHONE, null, new LocalizedText(),
                null, null, "PL 12", "85101", "Kalajoki", null, "https://kalajoki.example/esteettomyys"));
        UI.getCurrent().navigate("palvelu/" + offering.getId());
        String card = _get(ChannelCard.class).getElement().getTextRecursively();
        assertThat(card).contains("Postiosoite: PL 12, 85101 Kalajoki", "alanumero 12 (tekstipuhelin)");
        assertThat(_get(Anchor.class, spec -> spec.withText("Esteettömyystiedot")).getHref())
                .isEqualTo("https://kalajoki.example/esteettomyys");

        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        assertThat(_get(ChannelForm.class).more().isOpened()).as("a filled postal address is in view").isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Alanumero")).getValue()).isEqualTo(12);
        HistorySection history = _get(HistorySection.class);
        history.open();
        assertThat(history.getElement().getTextRecursively()).contains(
                "Asiointikanava 1, alanumero: (tyhjä) → 12",
                "Asiointikanava 1, numeron tyyppi: (tyhjä) → Tekstipuhelin",
                "Asiointikanava 1, postiosoitteen postinumero: (tyhjä) → 85101");
    }

    @Test
    void a_web_channel_shows_no_phone_or_place_details_until_it_has_a_phone() {
        Offering offering = entries().offering("Verkkopalvelu " + unique, own, OfferingStatus.PUBLISHED, o -> {
            ServiceChannel web = new ServiceChannel();
            web.setType(ChannelType.WEB);
            web.setUrl("https://example.fi");
            o.addChannel(web);
        });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        ChannelForm form = _get(ChannelForm.class);

        assertThat(form.phoneExtension().isVisible()).isFalse();
        assertThat(form.more().isVisible()).isFalse();
        _setValue(form.phone(), "040 123 4567");
        assertThat(form.phoneExtension().isVisible()).isTrue();
    }
}
