package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Interpretation, accreditations, the program and the areas other than municipalities, as an editor keeps them. */
class OfferingMoreTermsEditingTest extends AbstractAppTest {

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
    private UUID program;

    @BeforeEach
    void coordinatorAndProviderWithAProgram() {
        unique = EntryFixture.unique();
        provider = entries().actor("Ohjelmajärjestö " + unique, a -> a.addProgram(program("Nuorten polku")));
        program = provider.getPrograms().getFirst().getId();
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void the_terms_are_stored_an_area_keeps_its_id_and_imported_extent_and_the_history_names_each_change() {
        // As an import stores it (or a restored version): an area with a drawn extent.
        OfferingEditing.Editable draft = create(RecordFields.with(content("Tulkattu palvelu " + unique), Map.of("moreTerms",
                new OfferingContent.MoreTerms(null, null, null, List.of(new OfferingContent.Area(null,
                        LocalizedText.of("Keskusta"), null, null, "{\"type\":\"Point\"}", "geojson"))))));
        OfferingEditing.Editable loaded = editing.load(draft.id());
        OfferingContent.Area centre = loaded.content().moreTerms().areas().getFirst();
        UUID area = centre.id();
        OfferingContent.Area renamed = RecordFields.with(centre, Map.of("name", new LocalizedText("Keskusta-alue", "Centrum", null),
                "uri", "https://kalajoki.example/keskusta"));
        OfferingContent.Area harbour = new OfferingContent.Area(null, LocalizedText.of("Satama"),
                LocalizedText.of("Sataman asuinalue"), null, null, null);

        editing.update(draft.id(), loaded.version(), RecordFields.with(loaded.content(), Map.of("moreTerms",
                new OfferingContent.MoreTerms(LocalizedText.of("Viittomakielen tulkkaus sovittaessa"),
                        new LocalizedText("Avainlippu", null, "Key Flag"), program, List.of(renamed, harbour)))));

        OfferingContent.MoreTerms stored = editing.load(draft.id()).content().moreTerms();
        assertEquals("Viittomakielen tulkkaus sovittaessa", stored.interpretationServices().getFi());
        assertEquals("Key Flag", stored.accreditations().getEn());
        assertEquals(program, stored.programId());
        assertThat(stored.areas()).extracting(a -> a.name().getFi()).containsExactly("Keskusta-alue", "Satama");
        OfferingContent.Area kept = stored.areas().getFirst();
        assertEquals(area, kept.id());
        assertEquals("{\"type\":\"Point\"}", kept.extent());
        assertEquals("geojson", kept.extentType());
        assertEquals("https://kalajoki.example/keskusta", kept.uri());
        assertThat(history.of(draft.id(), Locale.of("fi")).getFirst().changes()).containsExactlyInAnyOrder(
                FieldChange.changed("interpretationServices.fi", null, "Viittomakielen tulkkaus sovittaessa"),
                FieldChange.changed("accreditations.fi", null, "Avainlippu"),
                FieldChange.changed("accreditations.en", null, "Key Flag"),
                FieldChange.changed("program", null, "Nuorten polku"),
                FieldChange.removed("area", "Keskusta"),
                FieldChange.added("area", "Keskusta-alue, https://kalajoki.example/keskusta"),
                FieldChange.added("area", "Satama, Sataman asuinalue"));

        OfferingEditing.Editable again = editing.load(draft.id());
        OfferingContent.MoreTerms emptied = new OfferingContent.MoreTerms(stored.interpretationServices(),
                stored.accreditations(), null, List.of());
        editing.update(draft.id(), again.version(), RecordFields.with(again.content(), Map.of("moreTerms", emptied)));

        assertThat(editing.load(draft.id()).content().moreTerms().areas()).isEmpty();
        assertThat(jdbc.queryForObject("select program_id from offering where id = ?", UUID.class, draft.id())).isNull();
    }

    @Test
    void wrong_terms_are_named_field_by_field_and_nothing_is_stored() {
        Actor other = entries().actor("Toinen järjestö " + unique, a -> a.addProgram(program("Vieras ohjelma")));
        OfferingContent.MoreTerms wrong = new OfferingContent.MoreTerms(LocalizedText.of("x".repeat(4001)), null,
                other.getPrograms().getFirst().getId(), List.of(
                new OfferingContent.Area(null, null, null, null, null, null),
                new OfferingContent.Area(null, LocalizedText.of("Pohjoinen"), null, "pohjoinen alue", null, null)));
        OfferingEditing.Editable draft = create(content("Ennallaan " + unique));
        OfferingEditing.Editable loaded = editing.load(draft.id());

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.update(draft.id(),
                loaded.version(), RecordFields.with(loaded.content(), Map.of("moreTerms", wrong))));

        assertEquals(Map.of(
                "interpretationServices.fi", "input.error.too-long",
                "program", "editing.error.program-unknown",
                "areas[0].name.fi", "editing.error.area-empty",
                "areas[1].uri", "input.error.url-invalid"), refused.getFieldErrors());
        assertThat(editing.load(draft.id()).content().moreTerms()).isEqualTo(OfferingContent.MoreTerms.NONE);
        assertEquals(loaded.version(), editing.load(draft.id()).version());
    }

    @Test
    void a_new_draft_may_belong_to_its_providers_program_but_not_to_another_organizations() {
        Actor other = entries().actor("Kolmas järjestö " + unique, a -> a.addProgram(program("Muiden ohjelma")));
        OfferingContent mine = RecordFields.with(content("Ohjelman palvelu " + unique), Map.of("moreTerms",
                new OfferingContent.MoreTerms(null, null, program, List.of())));
        OfferingContent theirs = RecordFields.with(content("Väärä ohjelma " + unique), Map.of("moreTerms",
                new OfferingContent.MoreTerms(null, null, other.getPrograms().getFirst().getId(), List.of())));
        long before = offerings.count();

        assertThrows(ValidationException.class, () -> editing.createDraft(provider.getId(), theirs));
        assertEquals(before, offerings.count());
        OfferingEditing.Editable draft = create(mine);

        assertEquals(program, editing.load(draft.id()).content().moreTerms().programId());
    }

    private static Program program(String name) {
        Program program = new Program();
        program.getName().set("fi", name);
        return program;
    }

    private OfferingEditing.Editable create(OfferingContent content) {
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), content);
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        return draft;
    }
}
