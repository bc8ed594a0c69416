package fi.ekokartta.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A page's first load renders its view on the server, in the same request (Vaadin's "eager server
 * load"), so that the HTTP status is the view's: 404 for an unknown address or entry, 403 for a
 * view the user's role does not open. Otherwise every address answers 200 with an empty page and
 * the view follows in a second request. Set here rather than as {@code vaadin.eagerServerLoad}:
 * the production build takes Vaadin's pre-built bundle, whose build info says {@code false} and
 * overrides the property.
 */
@Component
class ServerRenderedFirstLoad implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(request -> true);
    }
}
