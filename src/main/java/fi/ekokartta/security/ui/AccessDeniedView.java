package fi.ekokartta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.ekokartta.base.ui.MainLayout;
import fi.ekokartta.security.AuditAction;
import fi.ekokartta.security.AuditLog;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a signed-in user sees on a view her role does not open (a counsellor following a link to
 * the management view): why not, whom to ask, and signing out to sign in with another account.
 * Visitors who are not signed in are sent to the login instead (by the security configuration);
 * should one get here, the page offers the sign-in. Answered with 403, and noted in the audit log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;
    private final AuditLog auditLog;

    AccessDeniedView(CurrentUser currentUser, AuthenticationContext authenticationContext, AuditLog auditLog) {
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        this.auditLog = auditLog;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        auditLog.record(AuditAction.ACCESS_DENIED, "/" + event.getLocation().getPath());
        add(new H1(getTranslation("access-denied.title")));
        currentUser.displayName().ifPresentOrElse(this::explainToSignedInUser, this::offerSignIn);
        add(new Paragraph(new Anchor(".", getTranslation("error-page.home"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private void explainToSignedInUser(String name) {
        Paragraph why = new Paragraph(getTranslation("access-denied.role", name, roles()));
        why.addClassName("lead");
        Button logout = new Button(getTranslation("account.logout"), click -> authenticationContext.logout());
        add(why, new Paragraph(getTranslation("access-denied.ask")),
                new Paragraph(getTranslation("access-denied.other-account")), logout);
    }

    private void offerSignIn() {
        Paragraph why = new Paragraph(getTranslation("access-denied.sign-in"));
        why.addClassName("lead");
        add(why, new Paragraph(new Anchor("login", getTranslation("account.login"))));
    }

    private String roles() {
        return Arrays.stream(UserRole.values()).filter(currentUser::hasRole)
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title") + " – Ekokartta";
    }
}
