package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor editor's programs: added, renamed and removed in one save, a wrong one storing
 * nothing, a renamed one keeping its id and its services, and one that services belong to not
 * removed.
 */
class ActorProgramsEditorTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;

    private String unique;
    private Actor actor;
    private UUID programId;
    private Offering offering;

    @BeforeEach
    void maintainerOfAnOrganizationWithAProgramAServiceBelongsTo() {
        unique = EntryFixture.unique();
        actor = entries().actor("Hankejärjestö " + unique, a -> {
            Program program = new Program();
            program.getName().set("fi", "Nuorten polku " + unique);
            a.addProgram(program);
        });
        programId = actor.getPrograms().getFirst().getId();
        Program program = actor.getPrograms().getFirst();
        offering = entries().offering("Nuorten ohjaus " + unique, actor, OfferingStatus.PUBLISHED, o -> o.setProgram(program));
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, actor);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_maintainer_renames_and_adds_programs_a_missing_name_stores_nothing_and_the_service_editor_offers_the_new_names() {
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        ProgramRows programs = _get(ProgramRows.class);
        assertThat(programs.rows()).hasSize(1);
        assertThat(programs.rows().getFirst().name().getValue().getFi()).isEqualTo("Nuorten polku " + unique);

        _setValue((TextField) programs.rows().getFirst().name().input("fi"), "Nuorten polku 2030 " + unique);
        _click(programs.addButton());
        ProgramRows.Row added = programs.rows().get(1);
        _setValue((TextField) added.name().input("sv"), "Familjestöd " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        TextField missing = (TextField) added.name().input("fi");
        assertThat(missing.isInvalid()).isTrue();
        assertThat(missing.getErrorMessage()).isNotBlank();
        assertThat(editing.load(actor.getId()).content().programs()).extracting(p -> p.name().getFi())
                .containsExactly("Nuorten polku " + unique);

        _setValue(missing, "Perhetuki " + unique);
        _setValue((TextField) added.alternateName().input("fi"), "PT");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        List<ActorContent.Program> stored = editing.load(actor.getId()).content().programs();
        assertThat(stored).extracting(p -> p.name().getFi())
                .containsExactly("Nuorten polku 2030 " + unique, "Perhetuki " + unique);
        assertThat(stored.getFirst().id()).as("renamed, the program keeps its id").isEqualTo(programId);
        assertThat(stored.get(1).name().getSv()).isEqualTo("Familjestöd " + unique);
        assertThat(stored.get(1).alternateName().getFi()).isEqualTo("PT");

        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        @SuppressWarnings("unchecked")
        Select<UUID> program = _get(Select.class, spec -> spec.withLabel("Ohjelma"));
        assertThat(program.getValue()).as("the service still belongs to the renamed program").isEqualTo(programId);
        assertThat(program.getListDataView().getItems().map(program.getItemLabelGenerator()).toList())
                .contains("Nuorten polku 2030 " + unique, "Perhetuki " + unique);
    }

    @Test
    void a_program_a_service_belongs_to_is_not_removed_and_one_without_services_is() {
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        ProgramRows programs = _get(ProgramRows.class);
        _click(programs.addButton());
        _setValue((TextField) programs.rows().get(1).name().input("fi"), "Kesäleiri " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        assertThat(editing.load(actor.getId()).content().programs()).hasSize(2);

        programs = _get(ProgramRows.class);
        _click(programs.rows().get(1).remove());
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        assertThat(editing.load(actor.getId()).content().programs()).extracting(ActorContent.Program::id)
                .containsExactly(programId);

        programs = _get(ProgramRows.class);
        _click(programs.rows().getFirst().remove());
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(_get(FormErrors.class).getElement().getTextRecursively()).isEqualTo("Ohjelmaa ”Nuorten polku " + unique
                + "” ei voi poistaa, koska siihen kuuluu palveluita: 1. Valitse niille ensin palvelun muokkauksessa toinen "
                + "ohjelma tai ei ohjelmaa.");
        assertThat(editing.load(actor.getId()).content().programs()).extracting(ActorContent.Program::id)
                .containsExactly(programId);
    }
}
