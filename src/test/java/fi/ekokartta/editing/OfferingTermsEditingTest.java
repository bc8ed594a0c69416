package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Prices, required documents, the other name and the notice of a service, as an editor keeps them. */
class OfferingTermsEditingTest extends AbstractAppTest {

    @Autowired
    OfferingEditing editing;
    @Autowired
    OfferingHistory history;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    JdbcTemplate jdbc;

    private String unique;
    private Actor provider;

    @BeforeEach
    void coordinatorAndProvider() {
        unique = EntryFixture.unique();
        provider = entries().actor("Hintajärjestö " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void prices_and_documents_are_stored_keep_their_ids_when_edited_and_are_named_in_the_history() {
        OfferingContent.CostOption students = new OfferingContent.CostOption(null, LocalizedText.of("Opiskelijat"),
                new BigDecimal("12.5"), "eur", LocalizedText.of("kerta"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        OfferingContent.Document referral = new OfferingContent.Document(null, LocalizedText.of("Lähete"),
                "https://www.kela.fi/lomake");
        OfferingEditing.Editable draft = create(RecordFields.with(content("Hinnoiteltu palvelu " + unique), Map.of(
                "alternateName", LocalizedText.of("Hintapalvelu"), "alert", LocalizedText.of("Kevään ryhmä on täynnä"),
                "costOptions", List.of(students), "requiredDocuments", List.of(referral))));

        OfferingContent stored = editing.load(draft.id()).content();
        assertEquals("Hintapalvelu", stored.alternateName().getFi());
        assertEquals("Kevään ryhmä on täynnä", stored.alert().getFi());
        assertThat(stored.costOptions()).singleElement().satisfies(cost -> {
            assertThat(cost.amount()).isEqualByComparingTo("12.50");
            assertEquals("EUR", cost.currency());
            assertEquals("Opiskelijat", cost.option().getFi());
        });
        assertThat(stored.requiredDocuments()).singleElement()
                .satisfies(document -> assertEquals("https://www.kela.fi/lomake", document.uri()));

        OfferingContent.CostOption dearer = RecordFields.with(stored.costOptions().getFirst(), Map.of("amount", new BigDecimal("15")));
        OfferingContent.CostOption adults = new OfferingContent.CostOption(null, LocalizedText.of("Aikuiset"),
                new BigDecimal("20"), null, new LocalizedText(), null, null);
        editing.update(draft.id(), editing.load(draft.id()).version(), RecordFields.with(stored, Map.of(
                "costOptions", List.of(dearer, adults), "requiredDocuments", List.of(), "alert", new LocalizedText())));

        OfferingContent after = editing.load(draft.id()).content();
        assertEquals(stored.costOptions().getFirst().id(), after.costOptions().getFirst().id());
        assertThat(after.costOptions()).extracting(OfferingContent.CostOption::currency).containsExactly("EUR", "EUR");
        assertThat(after.requiredDocuments()).isEmpty();
        assertThat(history.of(draft.id(), Locale.of("fi")).getFirst().changes()).containsExactlyInAnyOrder(
                FieldChange.changed("alert.fi", "Kevään ryhmä on täynnä", null),
                FieldChange.removed("costOption", "Opiskelijat, 12.50 EUR, kerta, 1.1.2026 – 31.12.2026"),
                FieldChange.added("costOption", "Opiskelijat, 15.00 EUR, kerta, 1.1.2026 – 31.12.2026"),
                FieldChange.added("costOption", "Aikuiset, 20.00 EUR"),
                FieldChange.removed("requiredDocument", "Lähete, https://www.kela.fi/lomake"));
    }

    @Test
    void wrong_prices_and_documents_are_named_field_by_field_and_nothing_is_stored() {
        OfferingContent wrong = RecordFields.with(content("Virheellinen " + unique), Map.of("costOptions", List.of(
                        new OfferingContent.CostOption(null, LocalizedText.of("Kaikki"), new BigDecimal("-1"), "EUR", null,
                                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)),
                        new OfferingContent.CostOption(null, null, new BigDecimal("5"), "euro", null, null, null),
                        new OfferingContent.CostOption(null, null, null, null, null, null, null)),
                "requiredDocuments", List.of(new OfferingContent.Document(null, new LocalizedText(), "lähete.pdf"))));
        long before = jdbc.queryForObject("select count(*) from service_cost_option", Long.class);

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(), wrong));

        assertEquals(Map.of(
                "costOptions[0].amount", "editing.error.cost-amount",
                "costOptions[0].validTo", "editing.error.valid-to-before-from",
                "costOptions[1].currency", "editing.error.cost-currency",
                "costOptions[2].amount", "editing.error.cost-empty",
                "requiredDocuments[0].document.fi", "input.error.required",
                "requiredDocuments[0].uri", "input.error.url-invalid"), refused.getFieldErrors());
        assertEquals(before, jdbc.queryForObject("select count(*) from service_cost_option", Long.class));
    }

    @Test
    void saving_in_the_editor_keeps_the_areas_interpretation_accreditations_and_program_an_import_set() {
        OfferingEditing.Editable draft = create(content("Tuotu palvelu " + unique));
        jdbc.update("update offering set accreditations_fi = 'Sertifioitu', interpretation_services_fi = 'Tulkkaus' where id = ?",
                draft.id());
        UUID area = UUID.randomUUID();
        jdbc.update("insert into service_area (id, version, position, offering_id, name_fi, extent_type) "
                + "values (?, 0, 0, ?, 'Keskusta', 'geojson')", area, draft.id());
        UUID program = UUID.randomUUID();
        jdbc.update("insert into program (id, version, position, actor_id, name_fi) values (?, 0, 0, ?, 'Nuorten polku')",
                program, provider.getId());
        jdbc.update("update offering set program_id = ? where id = ?", program, draft.id());

        OfferingEditing.Editable loaded = editing.load(draft.id());
        editing.update(draft.id(), loaded.version(), RecordFields.with(loaded.content(), Map.of(
                "summary", LocalizedText.of("Muokattu tiivistelmä"))));

        assertThat(jdbc.queryForMap("select accreditations_fi, interpretation_services_fi from offering where id = ?", draft.id()))
                .containsValues("Sertifioitu", "Tulkkaus");
        assertThat(jdbc.queryForList("select id from service_area where offering_id = ?", UUID.class, draft.id()))
                .containsExactly(area);
        assertThat(jdbc.queryForObject("select program_id from offering where id = ?", UUID.class, draft.id()))
                .isEqualTo(program);
    }

    private OfferingEditing.Editable create(OfferingContent content) {
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), content);
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        return draft;
    }
}
