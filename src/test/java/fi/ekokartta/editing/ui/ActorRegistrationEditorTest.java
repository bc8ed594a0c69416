package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The actor editor's registration details: legal status, year incorporated, logo, uri and funding. */
class ActorRegistrationEditorTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;

    private Actor actor;

    @BeforeEach
    void maintainerOfHerOrganization() {
        String unique = EntryFixture.unique();
        actor = entries().actor("Rekisteriyhdistys " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, actor);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_maintainer_fills_in_the_registration_details_and_a_wrong_year_and_logo_store_nothing() {
        UI.getCurrent().navigate("hallinta/toimija/" + actor.getId());
        RegistrationForm registration = _get(RegistrationForm.class);
        assertThat(registration.details().isOpened()).as("closed: the actor has none yet").isFalse();
        registration.details().setOpened(true);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Oikeudellinen muoto")), "Rekisteröity yhdistys");
        IntegerField year = _get(IntegerField.class, spec -> spec.withLabel("Perustamisvuosi"));
        _setValue(year, 999);
        TextField logo = _get(TextField.class, spec -> spec.withLabel("Logon verkko-osoite"));
        _setValue(logo, "logo.png");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rahoitus")), "STEA");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Anna perustamisvuosi väliltä 1000 – kuluva vuosi.");
        assertThat(logo.isInvalid()).isTrue();
        assertThat(editing.load(actor.getId()).content().registration()).isEqualTo(ActorContent.Registration.NONE);

        _setValue(year, 1987);
        _setValue(logo, "https://rekisteriyhdistys.example/logo.svg");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tunnisteosoite (URI)")),
                "https://rekisteriyhdistys.example/id");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(actor.getId()).content().registration()).isEqualTo(new ActorContent.Registration(
                "Rekisteröity yhdistys", 1987, "https://rekisteriyhdistys.example/logo.svg",
                "https://rekisteriyhdistys.example/id", "STEA"));
        assertThat(_get(RegistrationForm.class).details().isOpened()).as("open: the actor has them now").isTrue();
    }
}
