package fi.ekokartta.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.ekokartta.base.config.EkokarttaProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;


/**
 * The absolute address of a page of this application, for QR codes and shared links: the
 * configured {@code ekokartta.public-url}, or, only when it is unset, the address the request was
 * made to as the server sees it (behind a proxy, as the trusted proxy forwarded it). Never the
 * request's own {@code Host} or {@code X-Forwarded-*} headers: a link a counsellor hands to a
 * client must not point wherever the request that made it said.
 */
@Component
public class PublicAddress {

    private final String configured;

    public PublicAddress(EkokarttaProperties properties) {
        this.configured = properties.publicUrl() == null ? null : properties.publicUrl().toString().replaceAll("/+$", "");
    }

    /** {@code path} relative to the application's root, e.g. "palvelu/123". */
    public String of(String path) {
        if (configured == null && VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return of(path, request);
        }
        return configured == null ? "/" + path : configured + "/" + path;
    }

    /** The same for a request outside Vaadin, e.g. a file download answered by a controller. */
    public String of(String path, HttpServletRequest request) {
        if (configured != null) {
            return configured + "/" + path;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + "/" + path;
    }
}
