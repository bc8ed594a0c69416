package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An organization's programs edited with the actor: validated per field, kept by id when renamed,
 * not removed while services belong to them, and named in the actor's history.
 */
class ActorProgramsEditingTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorHistory history;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private TransactionTemplate transactions;

    private String unique;
    private Actor actor;
    private UUID programId;
    private Offering offering;

    @BeforeEach
    void anOrganizationWithAProgramAServiceBelongsTo() {
        unique = EntryFixture.unique();
        actor = entries().actor("Hankeyhdistys " + unique, a -> {
            Program program = new Program();
            program.getName().set("fi", "Nuorten polku " + unique);
            program.getName().set("sv", "Ungdomsstigen " + unique);
            a.addProgram(program);
        });
        Program program = actor.getPrograms().getFirst();
        programId = program.getId();
        offering = entries().offering("Nuorten ohjaus " + unique, actor, OfferingStatus.DRAFT, o -> o.setProgram(program));
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void a_program_needs_a_finnish_name_within_the_length_and_a_wrong_one_stores_nothing() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        ActorContent wrong = withPrograms(loaded.content(), List.of(
                new ActorContent.Program(programId, LocalizedText.of("x".repeat(Program.NAME_LENGTH + 1)), null, null),
                new ActorContent.Program(null, new LocalizedText(null, "Familjestöd", null), null,
                        LocalizedText.of("Kuvaus")),
                new ActorContent.Program(null, null, null, null)));

        assertThatThrownBy(() -> editing.update(actor.getId(), loaded.version(), wrong))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.getFieldErrors())
                        .isEqualTo(Map.of("programs.0.name.fi", InputCheck.TOO_LONG, "programs.1.name.fi", InputCheck.REQUIRED)));

        ActorEditing.Editable after = editing.load(actor.getId());
        assertThat(after.version()).isEqualTo(loaded.version());
        assertThat(after.content().programs()).extracting(p -> p.name().getFi()).containsExactly("Nuorten polku " + unique);
    }

    @Test
    void a_renamed_program_keeps_its_id_and_its_service_and_the_history_names_the_changes() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        ActorContent.Program stored = loaded.content().programs().getFirst();
        long version = editing.update(actor.getId(), loaded.version(), withPrograms(loaded.content(), List.of(
                new ActorContent.Program(programId, new LocalizedText("Nuorten polku 2030 " + unique, "Ungdomsstigen " + unique,
                        null), stored.alternateName(), stored.description()),
                new ActorContent.Program(null, LocalizedText.of("Perhetuki " + unique), LocalizedText.of("PT"),
                        LocalizedText.of("Tukea perheille.")),
                new ActorContent.Program(null, null, null, null))));

        ActorEditing.Editable saved = editing.load(actor.getId());
        assertThat(saved.version()).isEqualTo(version);
        assertThat(saved.content().programs()).extracting(ActorContent.Program::id).hasSize(2).startsWith(programId);
        assertThat(saved.content().programs().get(1).alternateName().getFi()).isEqualTo("PT");
        UUID serviceProgram = transactions.execute(status -> offerings.findById(offering.getId()).orElseThrow().getProgram().getId());
        assertThat(serviceProgram).isEqualTo(programId);

        editing.update(actor.getId(), version, withPrograms(saved.content(), List.of(saved.content().programs().getFirst())));

        var entries = history.of(actor.getId(), Locale.of("fi"));
        assertThat(entries.getFirst().changes()).containsExactly(
                FieldChange.removed("programs", "Perhetuki " + unique));
        assertThat(entries.get(1).changes()).containsExactlyInAnyOrder(
                FieldChange.changed("programs", "Nuorten polku " + unique + " / Ungdomsstigen " + unique,
                        "Nuorten polku 2030 " + unique + " / Ungdomsstigen " + unique),
                FieldChange.added("programs", "Perhetuki " + unique));
    }

    @Test
    void removing_a_program_services_belong_to_is_refused_naming_how_many() {
        ActorEditing.Editable loaded = editing.load(actor.getId());

        assertThatThrownBy(() -> editing.update(actor.getId(), loaded.version(), withPrograms(loaded.content(), List.of())))
                .isInstanceOfSatisfying(RejectedInputException.class, refused -> {
                    assertThat(refused).isNotInstanceOf(ValidationException.class);
                    assertThat(refused.getMessageKey()).isEqualTo("editing.error.program-in-use");
                    assertThat(refused.getArguments()).containsExactly("Nuorten polku " + unique, 1L);
                });

        ActorEditing.Editable after = editing.load(actor.getId());
        assertThat(after.version()).isEqualTo(loaded.version());
        assertThat(after.content().programs()).extracting(ActorContent.Program::id).containsExactly(programId);
    }

    @Test
    void an_imported_programs_untouched_long_name_does_not_stop_a_save_but_a_new_long_name_does() {
        Actor imported = entries().actor("Tuotu yhdistys " + unique, a -> {
            Program program = new Program();
            program.getName().set("fi", "P".repeat(Program.NAME_LENGTH + 45));
            a.addProgram(program);
        });
        ActorEditing.Editable loaded = editing.load(imported.getId());

        long version = editing.update(imported.getId(), loaded.version(),
                RecordFields.with(loaded.content(), Map.of("alternateName", "TY")));

        ActorContent saved = editing.load(imported.getId()).content();
        assertThat(saved.alternateName()).isEqualTo("TY");
        assertThat(saved.programs().getFirst().name().getFi()).hasSize(Program.NAME_LENGTH + 45);
        ActorContent.Program renamed = new ActorContent.Program(saved.programs().getFirst().id(),
                LocalizedText.of("Q".repeat(Program.NAME_LENGTH + 1)), null, null);
        assertThatThrownBy(() -> editing.update(imported.getId(), version, withPrograms(saved, List.of(renamed))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.getFieldErrors())
                        .isEqualTo(Map.of("programs.0.name.fi", InputCheck.TOO_LONG)));
    }

    private static ActorContent withPrograms(ActorContent c, List<ActorContent.Program> programs) {
        return RecordFields.with(c, Map.of("programs", programs));
    }
}
