package fi.ekokartta.editing.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Historia" part of the service editor: who changed what, and restoring a version after a confirmation. */
class ServiceHistoryTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private fi.ekokartta.stewardship.Reassurance reassurance;

    private String unique;
    private String maintainer;
    private Offering offering;

    @BeforeEach
    void aServiceRenamedAndPublishedByItsMaintainer() {
        unique = EntryFixture.unique();
        Actor own = entries().actor("Oma järjestö " + unique);
        maintainer = "yllapitaja-" + unique;
        saveUser(maintainer, UserRole.MAINTAINER, own);
        login(maintainer, UserRole.MAINTAINER);
        offering = entries().offering("Työkokeilu " + unique, own, OfferingStatus.DRAFT, o -> { });
        OfferingEditing.Editable loaded = editing.load(offering.getId());
        long renamed = editing.update(offering.getId(), loaded.version(), RecordFields.with(loaded.content(),
                Map.of("name", LocalizedText.of("Työkokeilu ja valmennus " + unique))));
        editing.publish(offering.getId(), renamed);
    }

    @Test
    void the_history_names_who_changed_what_and_restores_a_version_only_after_confirmation() {
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        HistorySection history = _get(HistorySection.class);
        history.open();

        String text = history.getElement().getTextRecursively();
        assertThat(text).contains("Historia", "Versio 3", "Versio 2", "Versio 1", maintainer, "Luotu", "Muutettu",
                "Tila: Luonnos → Julkaistu",
                "Nimi (suomi): Työkokeilu " + unique + " → Työkokeilu ja valmennus " + unique);
        assertThat(text.indexOf("Versio 3")).isLessThan(text.indexOf("Versio 1"));
        // Only the first version differs from the content now.
        List<Button> restore = _find(history, Button.class, spec -> spec.withText("Palauta tämä versio"));
        assertThat(restore).hasSize(1);

        _click(restore.getFirst());
        ConfirmDialog ask = openDialog();
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Palautetaanko tämä versio?");
        assertThat(ConfirmDialogKt.getText(ask)).contains("version 1").doesNotContain("Tallentamattomat");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(editing.load(offering.getId()).content().name().getFi()).isEqualTo("Työkokeilu ja valmennus " + unique);

        _click(_find(history, Button.class, spec -> spec.withText("Palauta tämä versio")).getFirst());
        ConfirmDialogKt._fireConfirm(openDialog());

        OfferingEditing.Editable now = editing.load(offering.getId());
        assertThat(now.content().name().getFi()).isEqualTo("Työkokeilu " + unique);
        assertThat(now.status()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")).getValue()).isEqualTo("Työkokeilu " + unique);
        assertThat(history.getElement().getTextRecursively()).contains("Versio 4",
                "Nimi (suomi): Työkokeilu ja valmennus " + unique + " → Työkokeilu " + unique);
    }

    @Test
    void unsaved_changes_are_named_in_the_question_and_a_save_meanwhile_is_not_overwritten() {
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        HistorySection history = _get(HistorySection.class);
        history.open();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")), "Kesken " + unique);
        // Someone else saves meanwhile.
        OfferingEditing.Editable other = editing.load(offering.getId());
        editing.update(offering.getId(), other.version(), RecordFields.with(other.content(),
                Map.of("summary", LocalizedText.of("Toisen tiivistelmä"))));

        _click(_find(history, Button.class, spec -> spec.withText("Palauta tämä versio")).getFirst());
        ConfirmDialog ask = openDialog();
        assertThat(ConfirmDialogKt.getText(ask)).contains("Tallentamattomat muutoksesi hylätään.");
        ConfirmDialogKt._fireConfirm(ask);

        OfferingEditing.Editable now = editing.load(offering.getId());
        assertThat(now.version()).isEqualTo(other.version() + 1);
        assertThat(now.content().name().getFi()).isEqualTo("Työkokeilu ja valmennus " + unique);
        assertThat(_get(FormErrors.class).getElement().getTextRecursively()).contains("Joku muu tallensi tiedot");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nimi (suomi)")).getValue())
                .isEqualTo("Työkokeilu ja valmennus " + unique);
        assertThat(history.getElement().getTextRecursively()).contains("Versio 4", "Toisen tiivistelmä");
    }

    private static ConfirmDialog openDialog() {
        return _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).reduce((first, second) -> second)
                .orElseThrow();
    }

    @Test
    void a_reassurance_shows_in_the_history_as_such_without_a_version_number() {
        reassurance.reassureService(offering.getId());
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        HistorySection history = _get(HistorySection.class);
        history.open();

        String text = history.getElement().getTextRecursively();
        assertThat(text).contains("Tiedot vahvistettu ajantasaisiksi", "Vahvistettu ");
        assertThat(text.indexOf("Vahvistettu ")).isLessThan(text.indexOf("Versio 3"));
    }
}
