package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistService;

import java.util.UUID;

/** "Add to the client's list", beside a search result or on a service card, for signed-in professionals. */
public class AddToShortlistButton extends Button {

    public AddToShortlistButton(ShortlistService shortlists, UUID offeringId, String serviceName) {
        setText(getTranslation("shortlist.add"));
        setIcon(VaadinIcon.PLUS.create());
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClassNames("add-to-shortlist", "no-print");
        setAriaLabel(getTranslation("shortlist.add.named", serviceName));
        addClickListener(click -> {
            try {
                ShortlistContent list = shortlists.add(offeringId);
                Notification.show(getTranslation("shortlist.added", serviceName, list.entries().size()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RejectedInputException rejected) {
                Notification.show(getTranslation(rejected.getMessageKey()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }
}
