package fi.ekokartta.editing.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The actor editor's history: a maintainer sees what changed and restores her organization's earlier name. */
class ActorHistoryViewTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;

    @Test
    void a_maintainer_restores_an_earlier_version_of_her_organization_after_confirmation() {
        String unique = EntryFixture.unique();
        Actor own = entries().actor("Nuorisopalvelut " + unique);
        String maintainer = "yllapitaja-" + unique;
        saveUser(maintainer, UserRole.MAINTAINER, own);
        login(maintainer, UserRole.MAINTAINER);
        ActorEditing.Editable loaded = editing.load(own.getId());
        ActorContent c = loaded.content();
        editing.update(own.getId(), loaded.version(), new ActorContent(LocalizedText.of("Nuorten palvelut " + unique),
                c.alternateName(), c.description(), c.sector(), c.businessId(), c.parentId(), "https://nuoret.example.fi",
                c.email(), c.phone()));

        UI.getCurrent().navigate("hallinta/toimija/" + own.getId());
        HistorySection history = _get(HistorySection.class);
        history.open();

        assertThat(history.getElement().getTextRecursively()).contains("Versio 2", "Versio 1", maintainer,
                "Nimi (suomi): Nuorisopalvelut " + unique + " → Nuorten palvelut " + unique,
                "Verkkosivu: (tyhjä) → https://nuoret.example.fi");
        _click(_find(history, Button.class, spec -> spec.withText("Palauta tämä versio")).getFirst());
        ConfirmDialog ask = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
        ConfirmDialogKt._fireConfirm(ask);

        assertThat(editing.load(own.getId()).content().name().getFi()).isEqualTo("Nuorisopalvelut " + unique);
        assertThat(editing.load(own.getId()).content().website()).isNull();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")).getValue()).isEqualTo("Nuorisopalvelut " + unique);
        assertThat(history.getElement().getTextRecursively()).contains("Versio 3");
    }
}
