package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.ekokartta.stewardship.Reassurance;
import jakarta.annotation.security.PermitAll;

/**
 * Where a sign-in that asked for no page lands: those who keep entries current (maintainers,
 * coordinators) on the management front page, with the entries due for review; everyone else on
 * the public front page. A sign-in that came from a page still returns to it.
 */
@Route(SignedInLanding.ROUTE)
@PermitAll
class SignedInLanding extends Div implements BeforeEnterObserver {

    /** The sign-in's default target (SecurityConfiguration). */
    static final String ROUTE = "kirjautunut";

    private final Reassurance reassurance;

    SignedInLanding(Reassurance reassurance) {
        this.reassurance = reassurance;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (reassurance.mayReassure()) {
            event.forwardTo(ManagementDashboardView.class);
        } else {
            event.forwardTo("");
        }
    }
}
