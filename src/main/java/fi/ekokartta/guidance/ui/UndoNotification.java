package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fi.ekokartta.base.domain.RejectedInputException;

/** Says what was just removed or replaced, with "Peru" to undo it for a few seconds. */
final class UndoNotification {

    static final int DURATION_MS = 10_000;

    private UndoNotification() {
    }

    static void show(String message, Runnable undo) {
        Notification notification = new Notification();
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button button = new Button(notification.getTranslation("shortlist.undo"), click -> {
            notification.close();
            try {
                undo.run();
            } catch (RejectedInputException rejected) {
                Notification.show(notification.getTranslation(rejected.getMessageKey()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), button);
        content.setAlignItems(FlexComponent.Alignment.BASELINE);
        notification.add(content);
        notification.open();
    }
}
