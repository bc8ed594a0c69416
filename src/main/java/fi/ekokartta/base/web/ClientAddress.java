package fi.ekokartta.base.web;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The address of the client behind the current request or UI event. Behind a trusted proxy the
 * servlet container already gives the forwarded client's address
 * ({@code server.forward-headers-strategy}), so forwarding headers are not read here.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getRemoteAddr());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
