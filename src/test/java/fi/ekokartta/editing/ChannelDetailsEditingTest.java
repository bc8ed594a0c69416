package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.PhoneType;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A channel's phone extension and type and its place's details as the editor saves them: checked, stored, in the history. */
class ChannelDetailsEditingTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingHistory history;
    @Autowired
    private OfferingRepository offerings;

    private String unique;
    private Actor provider;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void coordinatorAndProvider() {
        unique = EntryFixture.unique();
        provider = entries().actor("Kanavajärjestö " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void wrong_details_are_named_field_by_field_and_nothing_is_stored() {
        long before = offerings.count();
        OfferingContent.Details wrong = new OfferingContent.Details(0, PhoneType.VOICE, "x".repeat(256),
                new LocalizedText("x".repeat(10_001), null, null), "x".repeat(256), null, "PL 12", "851",
                "y".repeat(256), "z".repeat(4001), "ftp://kalajoki.example/esteettomyys");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> editing.createDraft(provider.getId(), withDetails(content("Virasto " + unique), wrong)));

        assertEquals(Map.of(
                "channels[0].phoneExtension", "editing.error.phone-extension",
                "channels[0].alternateName", "input.error.too-long",
                "channels[0].description.fi", "input.error.too-long",
                "channels[0].externalIdentifier", "input.error.too-long",
                "channels[0].postalPostalCode", "editing.error.postal-code",
                "channels[0].postalCity", "input.error.too-long",
                "channels[0].accessibilityDetails", "input.error.too-long",
                "channels[0].accessibilityUrl", "input.error.url-invalid"), refused.getFieldErrors());
        assertEquals(before, offerings.count());
        ValidationException negative = assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(),
                withDetails(content("Virasto " + unique), RecordFields.with(OfferingContent.Details.NONE,
                        Map.of("phoneExtension", -3)))));
        assertEquals(Map.of("channels[0].phoneExtension", "editing.error.phone-extension"), negative.getFieldErrors());
        OfferingContent withoutNumber = withDetails(content("Virasto " + unique),
                RecordFields.with(OfferingContent.Details.NONE, Map.of("phoneExtension", 5)));
        withoutNumber = RecordFields.with(withoutNumber, Map.of("channels",
                List.of(RecordFields.with(withoutNumber.channels().getFirst(), Map.of("phone", "")))));
        OfferingContent alone = withoutNumber;
        ValidationException noNumber = assertThrows(ValidationException.class,
                () -> editing.createDraft(provider.getId(), alone));
        assertEquals(Map.of("channels[0].phoneExtension", "editing.error.extension-without-phone"),
                noNumber.getFieldErrors());
        assertEquals(before, offerings.count());
    }

    @Test
    void details_are_stored_as_typed_and_changed_ones_are_named_in_the_history() {
        OfferingContent.Details typed = new OfferingContent.Details(12, PhoneType.TEXTPHONE, " Virastotalo ",
                LocalizedText.of("Kaupungin palvelupiste"), "1000123456", "pysyvä rakennustunnus", "PL 12", "85101",
                "Kalajoki", "Induktiosilmukka palvelutiskillä", "https://kalajoki.example/esteettomyys");
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), withDetails(content("Virasto " + unique), typed));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));

        OfferingContent loaded = editing.load(draft.id()).content();
        assertEquals(RecordFields.with(typed, Map.of("alternateName", "Virastotalo")), loaded.channels().getFirst().details());

        OfferingContent.Details changed = RecordFields.with(loaded.channels().getFirst().details(), Map.of(
                "phoneExtension", 13, "phoneType", PhoneType.VOICE, "postalStreetAddress", "PL 99", "postalPostalCode", "85100"));
        editing.update(draft.id(), draft.version(), withDetails(loaded, changed));

        assertEquals(changed, editing.load(draft.id()).content().channels().getFirst().details());
        assertThat(history.of(draft.id(), Locale.of("fi")).getFirst().changes()).containsExactlyInAnyOrder(
                FieldChange.changed("channels[0].phoneExtension", "12", "13"),
                FieldChange.changed("channels[0].phoneType", "TEXTPHONE", "VOICE"),
                FieldChange.changed("channels[0].postalStreetAddress", "PL 12", "PL 99"),
                FieldChange.changed("channels[0].postalPostalCode", "85101", "85100"));
    }

    @Test
    void a_postal_code_the_service_has_in_another_format_is_kept_but_a_new_one_must_be_finnish() {
        OfferingContent.Details abroad = RecordFields.with(OfferingContent.Details.NONE,
                Map.of("postalStreetAddress", "1-30 Main Street", "postalPostalCode", "85101"));
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), withDetails(content("Virasto " + unique), abroad));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        transactions.executeWithoutResult(status -> offerings.findById(draft.id()).orElseThrow().getChannels().getFirst()
                .setPostalPostalCode("ABC 1234"));
        OfferingEditing.Editable imported = editing.load(draft.id());
        OfferingContent loaded = imported.content();

        long saved = editing.update(draft.id(), imported.version(),
                RecordFields.with(loaded, Map.of("name", LocalizedText.of("Virasto abroad " + unique))));

        assertEquals("ABC 1234", editing.load(draft.id()).content().channels().getFirst().details().postalPostalCode());
        OfferingContent.Details typed = RecordFields.with(loaded.channels().getFirst().details(),
                Map.of("postalPostalCode", "XYZ 999"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> editing.update(draft.id(), saved, withDetails(loaded, typed)));
        assertEquals(Map.of("channels[0].postalPostalCode", "editing.error.postal-code"), refused.getFieldErrors());
    }

    @Test
    void emptied_details_are_removed() {
        OfferingContent.Details typed = new OfferingContent.Details(12, PhoneType.FAX, "Virastotalo", null, null, null,
                "PL 12", "85101", "Kalajoki", null, "https://kalajoki.example/esteettomyys");
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), withDetails(content("Virasto " + unique), typed));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        OfferingContent loaded = editing.load(draft.id()).content();

        editing.update(draft.id(), draft.version(), withDetails(loaded, OfferingContent.Details.NONE));

        assertEquals(OfferingContent.Details.NONE, editing.load(draft.id()).content().channels().getFirst().details());
    }

    private static OfferingContent withDetails(OfferingContent c, OfferingContent.Details details) {
        OfferingContent.Channel channel = RecordFields.with(c.channels().getFirst(), Map.of("details", details));
        return RecordFields.with(c, Map.of("channels", List.of(channel)));
    }
}
