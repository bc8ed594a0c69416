package fi.ekokartta.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Chooses the interface language. {@code ?lang=fi|sv|en} on any address picks it and the choice
 * is remembered in the session and in a cookie, so that it survives a new session; without the
 * parameter the remembered choice applies, and Finnish when there is none. The browser's own
 * language preference is deliberately not used: the service is Finnish first, and the language
 * links are on every page. {@code <html lang>} follows the choice on every navigation, which
 * screen readers need to pronounce the page correctly.
 */
@Component
class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "ekokartta-lang";

    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setInitialHtmlLang);
        event.getSource().addUIInitListener(init -> configure(init.getUI()));
    }

    private void setInitialHtmlLang(IndexHtmlResponse response) {
        Language language = response.getUI()
                .map(ui -> Language.of(ui.getLocale()))
                .orElseGet(() -> resolve(response.getVaadinRequest()));
        response.getDocument().getElementsByTag("html").attr("lang", language.code());
    }

    private void configure(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        ui.setLocale(request == null ? Language.DEFAULT.locale() : resolve(request).locale());
        ui.addBeforeEnterListener(this::switchOnParameter);
        ui.addAfterNavigationListener(event -> updateHtmlLang(ui));
    }

    private Language resolve(VaadinRequest request) {
        return Optional.ofNullable(request.getParameter(Language.PARAMETER)).flatMap(Language::fromCode)
                .or(LanguageSelection::rememberedInSession)
                .or(() -> rememberedInCookie(request))
                .orElse(Language.DEFAULT);
    }

    private void switchOnParameter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(Language.PARAMETER)
                .flatMap(Language::fromCode)
                .ifPresent(language -> switchTo(event.getUI(), language));
    }

    private void switchTo(UI ui, Language language) {
        remember(language);
        if (Language.of(ui.getLocale()) == language) {
            return;
        }
        ui.setLocale(language.locale());
        if (!ui.getActiveRouterTargetsChain().isEmpty()) {
            rebuildAfterNavigation(ui);
        }
    }

    /**
     * A view already on screen (the layout, or the same view with new parameters) is reused by
     * the router and would keep its old texts; building the route again renders every text in
     * the new language without each view having to listen for locale changes. The router
     * ignores a refresh while it is still handling this navigation, hence after it.
     */
    private static void rebuildAfterNavigation(UI ui) {
        ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(true));
    }

    private static void updateHtmlLang(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", Language.of(ui.getLocale()).code());
    }

    private static Optional<Language> rememberedInSession() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(session -> session.getAttribute(Language.class));
    }

    private static Optional<Language> rememberedInCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Language.fromCode(cookie.getValue()));
    }

    private static void remember(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Language.class, language);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (request != null && response != null) {
            response.addCookie(languageCookie(language, request));
        }
    }

    private static Cookie languageCookie(Language language, VaadinRequest request) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
