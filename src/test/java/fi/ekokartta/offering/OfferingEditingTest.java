package fi.ekokartta.offering;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fi.ekokartta.offering.EditingSupport.content;
import static fi.ekokartta.offering.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OfferingEditingTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor provider;

    @BeforeEach
    void coordinatorAndProvider() {
        unique = EntryFixture.unique();
        provider = entries().actor("Järjestö " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void a_draft_is_stored_with_every_field_and_phone_numbers_in_international_form() {
        OfferingEditing.Editable draft = create(content("Velkaneuvonta " + unique));

        OfferingEditing.Editable loaded = editing.load(draft.id());

        assertEquals(OfferingStatus.DRAFT, loaded.status());
        assertEquals(provider.getId(), loaded.responsibleActorId());
        OfferingContent stored = loaded.content();
        assertEquals("Velkaneuvonta " + unique, stored.name().getFi());
        assertEquals("Beskrivning.", stored.description().getSv());
        assertEquals("+358401234567", stored.channels().getFirst().phone());
        assertEquals(List.of(new OfferingContent.Hours("MO,TU,WE", LocalTime.of(9, 0), LocalTime.of(15, 0), null)),
                stored.channels().getFirst().openingHours());
        assertEquals("+35881234567", stored.contacts().getFirst().phone());
        assertEquals(Visibility.STAFF, stored.contacts().get(1).visibility());
        assertEquals(6, stored.reviewIntervalMonths());
    }

    @Test
    void markup_in_descriptions_is_cleaned_and_plain_text_is_kept_as_typed() {
        OfferingContent typed = content("Palvelu " + unique);
        OfferingContent withMarkup = new OfferingContent(typed.name(), typed.summary(),
                LocalizedText.of("<p onclick=\"steal()\">Tervetuloa<script>alert(1)</script> <a href=\"javascript:x()\">tästä</a></p>"),
                typed.keywords(), typed.classIds(), typed.targetGroupIds(), typed.municipalityCodes(), typed.languages(),
                typed.channels(), typed.contacts(), typed.access(), typed.howToGetThere(),
                LocalizedText.of("Kela & TE-palvelut: lähete <3 päivässä"), typed.chargeType(), typed.costDescription(),
                typed.validFrom(), typed.validTo(), typed.responsiblePerson(), typed.responsibleEmail(),
                typed.reviewIntervalMonths());

        OfferingContent stored = editing.load(create(withMarkup).id()).content();

        assertEquals("<p>Tervetuloa <a rel=\"nofollow\">tästä</a></p>", stored.description().getFi());
        assertEquals("Kela & TE-palvelut: lähete <3 päivässä", stored.referralInstructions().getFi());
    }

    @Test
    void every_wrong_field_is_named_with_its_reason_and_nothing_is_stored() {
        long before = offerings.count();
        OfferingContent typed = content("");
        OfferingContent.Channel channel = new OfferingContent.Channel(null, ChannelType.WEB, null, null, "851", null,
                "ftp://example.fi", "123", "ei-osoite@", List.of(new OfferingContent.Hours("MO", LocalTime.of(16, 0),
                LocalTime.of(8, 0), null)));
        OfferingContent wrong = new OfferingContent(typed.name(), typed.summary(), new LocalizedText(null, "Bara svenska", null),
                typed.keywords(), typed.classIds(), typed.targetGroupIds(), typed.municipalityCodes(), typed.languages(),
                List.of(channel), typed.contacts(), typed.access(), typed.howToGetThere(), typed.referralInstructions(),
                typed.chargeType(), typed.costDescription(), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 31),
                typed.responsiblePerson(), "maija(at)example.fi", typed.reviewIntervalMonths());

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(), wrong));

        assertEquals(Map.of(
                "name.fi", "input.error.required",
                "description.fi", "input.error.required",
                "channels[0].postalCode", "editing.error.postal-code",
                "channels[0].url", "input.error.url-invalid",
                "channels[0].phone", "input.error.phone-invalid",
                "channels[0].email", "input.error.email-invalid",
                "channels[0].openingHours[0].closes", "editing.error.closes-before-opens",
                "validTo", "editing.error.valid-to-before-from",
                "responsibleEmail", "input.error.email-invalid"), refused.getFieldErrors());
        assertEquals(before, offerings.count());
    }

    @Test
    void a_refused_update_leaves_the_service_and_its_channels_and_contacts_as_they_were() {
        OfferingEditing.Editable draft = create(content("Työkokeilu " + unique));
        OfferingEditing.Editable loaded = editing.load(draft.id());
        OfferingContent c = loaded.content();
        OfferingContent halfWrong = new OfferingContent(LocalizedText.of("Uusi nimi " + unique), c.summary(), c.description(),
                c.keywords(), c.classIds(), c.targetGroupIds(), c.municipalityCodes(), c.languages(),
                List.of(c.channels().getFirst(), new OfferingContent.Channel(null, ChannelType.PHONE, null, null, null, null,
                        null, "029 502 0501", null, List.of())),
                List.of(new OfferingContent.Contact(c.contacts().getFirst().id(), "Uusi henkilö", null, null, null,
                        "ei numero", Visibility.PUBLIC)),
                c.access(), c.howToGetThere(), c.referralInstructions(), c.chargeType(), c.costDescription(),
                c.validFrom(), c.validTo(), c.responsiblePerson(), c.responsibleEmail(), c.reviewIntervalMonths());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> editing.update(draft.id(), loaded.version(), halfWrong));

        assertEquals(Map.of("contacts[0].phone", "input.error.phone-invalid"), refused.getFieldErrors());
        OfferingEditing.Editable after = editing.load(draft.id());
        assertEquals(loaded.version(), after.version());
        assertEquals(loaded.content(), after.content());
        assertEquals(1, jdbc.queryForObject("select count(*) from service_channel where offering_id = ?", Integer.class, draft.id()));
        assertEquals(2, jdbc.queryForObject("select count(*) from service_contact where offering_id = ?", Integer.class, draft.id()));
    }

    @Test
    void an_update_keeps_the_ids_of_the_channels_and_contacts_it_keeps_and_removes_the_others() {
        OfferingEditing.Editable draft = create(content("Starttiraha " + unique));
        OfferingContent c = editing.load(draft.id()).content();
        UUID channelId = c.channels().getFirst().id();
        OfferingContent edited = new OfferingContent(c.name(), c.summary(), c.description(), c.keywords(), c.classIds(),
                c.targetGroupIds(), Set.of("071"), c.languages(), c.channels(), List.of(c.contacts().get(1)), c.access(),
                c.howToGetThere(), c.referralInstructions(), c.chargeType(), c.costDescription(), c.validFrom(), c.validTo(),
                c.responsiblePerson(), c.responsibleEmail(), 12);

        long version = editing.update(draft.id(), draft.version(), edited);

        OfferingEditing.Editable after = editing.load(draft.id());
        assertEquals(version, after.version());
        assertThat(version).isGreaterThan(draft.version());
        assertEquals(channelId, after.content().channels().getFirst().id());
        assertEquals(List.of(c.contacts().get(1)), after.content().contacts());
        assertEquals(Set.of("071"), after.content().municipalityCodes());
        assertEquals(12, after.content().reviewIntervalMonths());
    }

    @Test
    void a_draft_is_reviewed_published_archived_and_restored_in_turn() {
        OfferingEditing.Editable draft = create(content("Kuntouttava työtoiminta " + unique));

        long version = editing.submitForReview(draft.id(), draft.version());
        assertEquals(OfferingStatus.IN_REVIEW, editing.load(draft.id()).status());
        version = editing.publish(draft.id(), version);
        assertEquals(OfferingStatus.PUBLISHED, editing.load(draft.id()).status());
        long published = version;
        RejectedInputException twice = assertThrows(RejectedInputException.class, () -> editing.publish(draft.id(), published));
        assertEquals("editing.error.status-published", twice.getMessageKey());
        version = editing.archive(draft.id(), version);
        assertEquals(OfferingStatus.ARCHIVED, editing.load(draft.id()).status());
        editing.restore(draft.id(), version);
        assertEquals(OfferingStatus.DRAFT, editing.load(draft.id()).status());
    }

    private OfferingEditing.Editable create(OfferingContent content) {
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), content);
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        return draft;
    }
}
