package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Reassurance;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * "Merkitse valitut ajan tasalla oleviksi": re-assures the rows chosen in a management list at
 * once. The button is usable when rows are chosen; it asks for confirmation naming the count, then
 * re-assures them all or none ({@link Reassurance#reassureAll}), says how many were marked (or
 * which entry the user may not re-assure), and has the list read again.
 */
final class BulkReassure<T> extends Button {

    private final Reassurance reassurance;
    private final EntryKind kind;
    private final Grid<T> grid;
    private final Function<T, UUID> id;
    private final Runnable changed;

    BulkReassure(Reassurance reassurance, EntryKind kind, Grid<T> grid, Function<T, UUID> id, Runnable changed) {
        super();
        this.reassurance = reassurance;
        this.kind = kind;
        this.grid = grid;
        this.id = id;
        this.changed = changed;
        setText(getTranslation("review.bulk"));
        addClassName("bulk-reassure");
        setEnabled(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> setEnabled(!selection.getAllSelectedItems().isEmpty()));
        addClickListener(click -> confirm());
    }

    private void confirm() {
        List<UUID> chosen = grid.getSelectedItems().stream().map(id).toList();
        if (chosen.isEmpty()) {
            return;
        }
        ConfirmDialog ask = new ConfirmDialog();
        ask.addClassName("bulk-reassure-dialog");
        ask.setHeader(getTranslation("review.bulk.title"));
        ask.setText(getTranslation("review.bulk.ask", chosen.size()));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("review.bulk.cancel"));
        ask.setConfirmText(getTranslation("review.bulk.confirm", chosen.size()));
        ask.addConfirmListener(confirmed -> reassure(chosen));
        ask.open();
    }

    private void reassure(List<UUID> chosen) {
        try {
            Reassurance.BulkReassured done = reassurance.reassureAll(kind, chosen);
            Notification.show(getTranslation("review.bulk.done", done.count(), FinnishDates.date(done.assuredDate())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.deselectAll();
            changed.run();
        } catch (Reassurance.RefusedEntry refused) {
            error(getTranslation("review.bulk.refused", refused.getEntryName().get(getLocale())));
        } catch (AccessDeniedException | RejectedInputException refused) {
            error(getTranslation("review.bulk.failed"));
        }
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
