package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Reassurance;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Tiedot ovat ajan tasalla": re-assures one entry in one click (the lists' rows, the editors'
 * action bars, the front page), confirms it with a notification naming the new date, and tells
 * its place to show it. A refusal or a vanished entry is said in a notification; nothing changes.
 */
public class ReassureButton extends Button {

    public ReassureButton(Reassurance reassurance, EntryKind kind, UUID id, String entryName,
                          Consumer<Reassurance.Reassured> done) {
        this(reassurance, kind, () -> id, entryName, done);
    }

    /** For an editor whose entry is chosen after the button is made: the id is asked at the click. */
    public ReassureButton(Reassurance reassurance, EntryKind kind, Supplier<UUID> entry, String entryName,
                          Consumer<Reassurance.Reassured> done) {
        super();
        setText(getTranslation("review.reassure"));
        if (entryName != null) {
            setAriaLabel(getTranslation("review.reassure.aria", entryName));
        }
        addClassName("reassure-button");
        addClickListener(click -> {
            try {
                UUID id = entry.get();
                Reassurance.Reassured reassured = kind == EntryKind.SERVICE
                        ? reassurance.reassureService(id) : reassurance.reassureActor(id);
                Notification.show(getTranslation("review.reassured", FinnishDates.date(reassured.assuredDate())), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.accept(reassured);
            } catch (AccessDeniedException | RejectedInputException refused) {
                Notification.show(getTranslation("review.reassure.refused"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    /** The small variant for a row of a list. */
    public ReassureButton small() {
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        return this;
    }
}
