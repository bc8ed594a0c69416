package fi.ekokartta.editing;

import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
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
        assertEquals(List.of(OfferingContent.Hours.weekly("MO,TU,WE", LocalTime.of(9, 0), LocalTime.of(15, 0), null)),
                stored.channels().getFirst().openingHours());
        assertEquals("+35881234567", stored.contacts().getFirst().phone());
        assertEquals(Visibility.STAFF, stored.contacts().get(1).visibility());
        assertEquals(6, stored.reviewIntervalMonths());
    }

    @Test
    void markup_in_descriptions_is_cleaned_and_plain_text_is_kept_as_typed() {
        OfferingContent typed = content("Palvelu " + unique);
        OfferingContent withMarkup = RecordFields.with(typed, Map.of(
                "description", LocalizedText.of("<p onclick=\"steal()\">Tervetuloa<script>alert(1)</script> <a href=\"javascript:x()\">tästä</a></p>"),
                "referralInstructions", LocalizedText.of("Kela & TE-palvelut: lähete <3 päivässä")));

        OfferingContent stored = editing.load(create(withMarkup).id()).content();

        assertEquals("<p>Tervetuloa <a rel=\"nofollow\">tästä</a></p>", stored.description().getFi());
        assertEquals("Kela & TE-palvelut: lähete <3 päivässä", stored.referralInstructions().getFi());
    }

    @Test
    void eligibility_funding_co_producers_exception_dates_and_appointments_are_stored() {
        Actor partner = entries().actor("Kumppani " + unique);
        OfferingContent typed = content("Työhönvalmennus " + unique);
        OfferingContent.Channel office = typed.channels().getFirst();
        LocalDate christmasEve = LocalDate.of(2027, 12, 24);
        List<OfferingContent.Hours> hours = List.of(office.openingHours().getFirst(),
                new OfferingContent.Hours(null, null, null, "Jouluaatto", christmasEve),
                new OfferingContent.Hours(null, LocalTime.of(9, 0), LocalTime.of(12, 0), null, LocalDate.of(2027, 12, 31)));
        OfferingContent.Channel byAppointment = RecordFields.with(office, Map.of("openingHours", hours,
                "byAppointment", true, "transportation", "Bussi 5"));
        OfferingContent full = RecordFields.with(typed, Map.of("channels", List.of(byAppointment),
                "eligibility", LocalizedText.of("Työttömät työnhakijat"), "minimumAge", 17, "maximumAge", 29,
                "funding", "ESR+", "coProducerIds", Set.of(partner.getId()),
                "internalNote", LocalizedText.of("Vain sisäiseen käyttöön")));

        OfferingContent stored = editing.load(create(full).id()).content();

        assertEquals("Työttömät työnhakijat", stored.eligibility().getFi());
        assertEquals(17, stored.minimumAge());
        assertEquals(29, stored.maximumAge());
        assertEquals("ESR+", stored.funding());
        assertEquals(Set.of(partner.getId()), stored.coProducerIds());
        assertEquals("Vain sisäiseen käyttöön", stored.internalNote().getFi());
        OfferingContent.Channel channel = stored.channels().getFirst();
        assertThat(channel.byAppointment()).isTrue();
        assertEquals("Bussi 5", channel.transportation());
        assertEquals(hours, channel.openingHours());
    }

    @Test
    void hours_that_contradict_each_other_and_ages_the_wrong_way_round_are_refused() {
        OfferingContent typed = content("Palvelu " + unique);
        OfferingContent.Channel office = typed.channels().getFirst();
        LocalDate day = LocalDate.of(2027, 5, 1);
        OfferingContent.Channel contradicting = RecordFields.with(office, Map.of("openingHours", List.of(
                OfferingContent.Hours.weekly("MO,TU,WE,TH,FR", LocalTime.of(9, 0), LocalTime.of(15, 0), null),
                OfferingContent.Hours.weekly("WE", LocalTime.of(12, 0), LocalTime.of(16, 0), null),
                new OfferingContent.Hours(null, LocalTime.of(10, 0), null, null, day),
                new OfferingContent.Hours(null, null, null, null, day))));
        OfferingContent wrong = RecordFields.with(typed, Map.of("channels", List.of(contradicting),
                "minimumAge", 30, "maximumAge", 18, "coProducerIds", Set.of(UUID.randomUUID())));

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(), wrong));

        assertEquals(Map.of(
                "channels[0].openingHours[1]", "editing.error.hours-overlap",
                "channels[0].openingHours[2].closes", "input.error.required",
                "maximumAge", "editing.error.ages",
                "coProducers", "editing.error.provider-unknown"), refused.getFieldErrors());
    }

    @Test
    void hours_that_follow_each_other_on_the_same_day_are_accepted_and_a_date_twice_is_not() {
        OfferingContent typed = content("Palvelu " + unique);
        OfferingContent.Channel office = typed.channels().getFirst();
        LocalDate day = LocalDate.of(2027, 5, 1);
        OfferingContent.Channel split = RecordFields.with(office, Map.of("openingHours", List.of(
                OfferingContent.Hours.weekly("MO", LocalTime.of(9, 0), LocalTime.of(12, 0), null),
                OfferingContent.Hours.weekly("MO,TU", LocalTime.of(12, 0), LocalTime.of(15, 0), null))));
        create(RecordFields.with(typed, Map.of("channels", List.of(split))));

        OfferingContent.Channel twice = RecordFields.with(office, Map.of("openingHours", List.of(
                new OfferingContent.Hours(null, null, null, null, day),
                new OfferingContent.Hours(null, LocalTime.of(9, 0), LocalTime.of(12, 0), null, day))));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> editing.createDraft(provider.getId(), RecordFields.with(typed, Map.of("channels", List.of(twice)))));
        assertEquals(Map.of("channels[0].openingHours[1]", "editing.error.exception-twice"), refused.getFieldErrors());
    }

    @Test
    void every_wrong_field_is_named_with_its_reason_and_nothing_is_stored() {
        long before = offerings.count();
        OfferingContent typed = content("");
        OfferingContent.Channel channel = new OfferingContent.Channel(null, ChannelType.WEB, null, null, "851", null,
                "ftp://example.fi", "123", "ei-osoite@", List.of(OfferingContent.Hours.weekly("MO", LocalTime.of(16, 0),
                LocalTime.of(8, 0), null)), null, null, false);
        OfferingContent wrong = RecordFields.with(typed, Map.of("description", new LocalizedText(null, "Bara svenska", null),
                "channels", List.of(channel), "validFrom", LocalDate.of(2027, 6, 1), "validTo", LocalDate.of(2027, 5, 31),
                "responsibleEmail", "maija(at)example.fi"));

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
        OfferingContent halfWrong = RecordFields.with(c, Map.of("name", LocalizedText.of("Uusi nimi " + unique),
                "channels", List.of(c.channels().getFirst(), new OfferingContent.Channel(null, ChannelType.PHONE, null, null,
                        null, null, null, "029 502 0501", null, List.of(), null, null, false)),
                "contacts", List.of(new OfferingContent.Contact(c.contacts().getFirst().id(), "Uusi henkilö", null, null, null,
                        "ei numero", Visibility.PUBLIC))));

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
        OfferingContent edited = RecordFields.with(c, Map.of("municipalityCodes", Set.of("071"),
                "contacts", List.of(c.contacts().get(1)), "reviewIntervalMonths", 12));

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
    void a_save_keeps_each_rows_schedule_and_summer_hours_beside_the_usual_ones_do_not_contradict_them() {
        OfferingContent typed = content("Kesäpalvelu " + unique);
        OfferingContent.Channel office = typed.channels().getFirst();
        ScheduleRule monthly = new ScheduleRule(LocalDate.of(2027, 1, 1), null, ScheduleFrequency.MONTHLY, 2, null, null,
                null, null, "1,-1", null, null, null, null, "Tuotu muualta");
        List<OfferingContent.Hours> hours = List.of(
                OfferingContent.Hours.weekly("MO,TU,WE,TH,FR", LocalTime.of(9, 0), LocalTime.of(15, 0), null),
                new OfferingContent.Hours("MO,TU,WE,TH,FR", LocalTime.of(10, 0), LocalTime.of(14, 0), "Kesä", null,
                        ScheduleRule.WEEKLY.withValidity(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31))),
                new OfferingContent.Hours(null, LocalTime.of(17, 0), LocalTime.of(19, 0), null, null, monthly));
        OfferingEditing.Editable draft = create(RecordFields.with(typed, Map.of("channels",
                List.of(RecordFields.with(office, Map.of("openingHours", hours))))));
        OfferingContent loaded = editing.load(draft.id()).content();
        assertEquals(hours, loaded.channels().getFirst().openingHours());

        editing.update(draft.id(), draft.version(), RecordFields.with(loaded, Map.of("funding", "Kunta")));

        assertEquals(hours, editing.load(draft.id()).content().channels().getFirst().openingHours());
        assertThat(jdbc.queryForObject("select count(*) from opening_hours h join service_channel c on c.id = h.channel_id "
                + "where c.offering_id = ? and h.frequency = 'MONTHLY' and h.repeat_interval = 2 and h.month_days = '1,-1'",
                Integer.class, draft.id())).isEqualTo(1);
    }

    @Test
    void a_validity_that_ends_before_it_begins_is_refused() {
        OfferingContent typed = content("Väärä kausi " + unique);
        OfferingContent.Channel office = typed.channels().getFirst();
        OfferingContent.Channel wrong = RecordFields.with(office, Map.of("openingHours", List.of(new OfferingContent.Hours(
                "MO", LocalTime.of(9, 0), LocalTime.of(12, 0), null, null,
                ScheduleRule.WEEKLY.withValidity(LocalDate.of(2027, 8, 31), LocalDate.of(2027, 6, 1))))));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> create(RecordFields.with(typed, Map.of("channels", List.of(wrong)))));

        assertEquals(Map.of("channels[0].openingHours[0].validTo", "editing.error.hours-valid-to-before-from"),
                refused.getFieldErrors());
    }

    @Test
    void capacity_figures_are_stored_and_their_moment_moves_only_when_a_figure_changes() {
        OfferingContent.Capacity places = new OfferingContent.Capacity(null, CapacityUnit.PLACES, 4, 12,
                LocalizedText.of("Syksyn ryhmä"), null);
        OfferingContent.Capacity queue = new OfferingContent.Capacity(null, CapacityUnit.QUEUE_WEEKS, 6, null,
                new LocalizedText(), null);
        OfferingEditing.Editable draft = create(RecordFields.with(content("Kurssi " + unique),
                Map.of("capacities", List.of(places, queue))));
        OfferingContent stored = editing.load(draft.id()).content();
        assertThat(stored.capacities()).extracting(OfferingContent.Capacity::unit, OfferingContent.Capacity::available,
                OfferingContent.Capacity::maximum).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CapacityUnit.PLACES, 4, 12),
                org.assertj.core.groups.Tuple.tuple(CapacityUnit.QUEUE_WEEKS, 6, null));
        assertEquals("Syksyn ryhmä", stored.capacities().getFirst().description().getFi());
        Instant placesSet = stored.capacities().getFirst().updated();
        Instant queueSet = stored.capacities().get(1).updated();
        assertThat(placesSet).isNotNull();
        jdbc.update("update service_capacity set updated = updated - interval '3 days' where offering_id = ?", draft.id());
        OfferingContent aged = editing.load(draft.id()).content();

        OfferingContent.Capacity fewer = RecordFields.with(aged.capacities().getFirst(), Map.of("available", 3));
        long version = editing.update(draft.id(), editing.load(draft.id()).version(), RecordFields.with(aged,
                Map.of("capacities", List.of(fewer, aged.capacities().get(1)), "summary", LocalizedText.of("Uusi tiivistelmä"))));

        OfferingContent after = editing.load(draft.id()).content();
        assertThat(version).isGreaterThan(draft.version());
        assertEquals(aged.capacities().getFirst().id(), after.capacities().getFirst().id());
        assertEquals(3, after.capacities().getFirst().available());
        assertThat(after.capacities().getFirst().updated()).isAfter(aged.capacities().getFirst().updated());
        assertEquals(aged.capacities().get(1).updated(), after.capacities().get(1).updated());
        assertThat(after.capacities().get(1).updated()).isBefore(queueSet);
    }

    @Test
    void wrong_capacity_figures_are_named_field_by_field_and_nothing_is_stored() {
        OfferingContent wrong = RecordFields.with(content("Kurssi " + unique), Map.of("capacities", List.of(
                new OfferingContent.Capacity(null, CapacityUnit.PLACES, 5, 3, null, null),
                new OfferingContent.Capacity(null, CapacityUnit.PLACES, -1, null, null, null),
                new OfferingContent.Capacity(null, null, null, null, null, null))));
        long before = jdbc.queryForObject("select count(*) from service_capacity", Long.class);

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(), wrong));

        assertEquals(Map.of(
                "capacities[0].maximum", "editing.error.capacity-maximum",
                "capacities[1].unit", "editing.error.capacity-unit-twice",
                "capacities[1].available", "editing.error.capacity-number",
                "capacities[2].unit", "editing.error.capacity-unit",
                "capacities[2].available", "editing.error.capacity-available"), refused.getFieldErrors());
        assertEquals(before, jdbc.queryForObject("select count(*) from service_capacity", Long.class));
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
