package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * "Päivittäjä" in an editor: who keeps the stored entry, and for those who may edit it a choice
 * of who may keep it with a button that names her at once, apart from saving the form — the
 * entry's content and version stay as they are. Hidden for a new entry and for those who may
 * not name its keeper.
 */
public class KeeperPicker extends Div {

    private final EntryKeepers keepers;
    private final Handovers handovers;
    private final Paragraph current = new Paragraph();
    private final ComboBox<EntryKeepers.KeptBy> candidates = new ComboBox<>();
    private final Button assign = new Button();
    private EntryKind kind;
    private UUID id;

    public KeeperPicker(EntryKeepers keepers, Handovers handovers) {
        this.keepers = keepers;
        this.handovers = handovers;
        addClassName("keeper-picker");
        H3 label = new H3(getTranslation("keeper.label"));
        Paragraph help = new Paragraph(getTranslation("keeper.help"));
        help.addClassName("field-help");
        candidates.setLabel(getTranslation("keeper.choose"));
        candidates.setItemLabelGenerator(person -> person.name() + " (" + person.username() + ")");
        candidates.setClearButtonVisible(true);
        assign.setText(getTranslation("keeper.assign"));
        assign.addClickListener(click -> assign());
        add(label, current, help, candidates, assign);
        setVisible(false);
    }

    /** Shows the keeper of the stored entry; a null id (a new entry) hides the picker. */
    public void show(EntryKind kind, UUID id) {
        this.kind = kind;
        this.id = id;
        candidates.clear();
        candidates.setInvalid(false);
        if (id == null || !keepers.mayAssignKeeper(kind, id)) {
            setVisible(false);
            return;
        }
        setVisible(true);
        current.setText(keepers.keeper(kind, id)
                .map(keeper -> getTranslation("keeper.current", keeper.name(), keeper.username()))
                .orElseGet(() -> getTranslation("keeper.none")));
        candidates.setItems(keepers.keeperCandidates(kind, id));
    }

    private void assign() {
        EntryKeepers.KeptBy chosen = candidates.getValue();
        if (chosen == null) {
            candidates.setErrorMessage(getTranslation("keeper.choose.required"));
            candidates.setInvalid(true);
            return;
        }
        try {
            handovers.assignKeeper(kind, id, chosen.userId());
            Notification.show(getTranslation("keeper.assigned", chosen.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(kind, id);
        } catch (AccessDeniedException refused) {
            error(getTranslation("keeper.refused"));
        } catch (RejectedInputException rejected) {
            error(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
