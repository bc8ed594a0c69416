package fi.ekokartta.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The absolute address of a page of this application, for QR codes and shared links. */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** {@code path} relative to the application's root, e.g. "palvelu/123". */
    public static String of(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        String scheme = request.isSecure() ? "https" : "http";
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded != null && !forwarded.isBlank()) {
            scheme = forwarded.strip();
        }
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        return scheme + "://" + host + request.getContextPath() + "/" + path;
    }
}
