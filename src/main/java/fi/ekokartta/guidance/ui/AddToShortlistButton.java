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

/**
 * "Add to the client's list", beside a search or browse result or on a service card, for signed-in
 * professionals. A toggle button: a service already on the list reads "Listalla" (aria-pressed),
 * and pressing it again takes the service off the list, which can be undone for a moment.
 */
public class AddToShortlistButton extends Button {

    private final ShortlistService shortlists;
    private final UUID offeringId;
    private final String serviceName;
    private boolean listed;

    /** For a single service: asks the list whether the service is on it. */
    public AddToShortlistButton(ShortlistService shortlists, UUID offeringId, String serviceName) {
        this(shortlists, offeringId, serviceName, shortlists.listedServices().contains(offeringId));
    }

    /** For many results at once, {@code listed} taken from one {@link ShortlistService#listedServices()}. */
    public AddToShortlistButton(ShortlistService shortlists, UUID offeringId, String serviceName, boolean listed) {
        this.shortlists = shortlists;
        this.offeringId = offeringId;
        this.serviceName = serviceName;
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClassNames("add-to-shortlist", "no-print");
        showListed(listed);
        addClickListener(click -> {
            try {
                if (this.listed) {
                    remove();
                } else {
                    add();
                }
            } catch (RejectedInputException rejected) {
                Notification.show(getTranslation(rejected.getMessageKey()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void add() {
        ShortlistContent list = shortlists.add(offeringId);
        showListed(true);
        Notification.show(getTranslation("shortlist.added", serviceName, list.entries().size()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void remove() {
        shortlists.removeService(offeringId).ifPresent(removed -> UndoNotification.show(
                getTranslation("shortlist.removed", serviceName), () -> {
                    shortlists.restore(removed);
                    showListed(true);
                }));
        showListed(false);
    }

    private void showListed(boolean listed) {
        this.listed = listed;
        setText(getTranslation(listed ? "shortlist.listed" : "shortlist.add"));
        setIcon((listed ? VaadinIcon.CHECK : VaadinIcon.PLUS).create());
        setAriaLabel(getTranslation(listed ? "shortlist.listed.named" : "shortlist.add.named", serviceName));
        setTooltipText(listed ? getTranslation("shortlist.listed.hint") : null);
        getElement().setAttribute("aria-pressed", String.valueOf(listed));
        if (listed) {
            addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        } else {
            removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
    }
}
