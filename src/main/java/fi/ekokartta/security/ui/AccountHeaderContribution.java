package fi.ekokartta.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.ekokartta.base.ui.HeaderContribution;
import fi.ekokartta.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The sign-in link, or the signed-in user's name, a link to change her password and a sign-out
 * button, in the page header.
 */
@org.springframework.stereotype.Component
@Order(100)
class AccountHeaderContribution implements HeaderContribution {

    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;

    AccountHeaderContribution(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Component createComponent() {
        Div account = new Div();
        account.addClassName("account");
        currentUser.displayName().ifPresentOrElse(name -> {
            Span signedIn = new Span(I18NProvider.translate("account.signed-in-as", name));
            signedIn.addClassName("account-name");
            Button logout = new Button(I18NProvider.translate("account.logout"), click -> authenticationContext.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Anchor changePassword = new Anchor("hallinta/salasana", I18NProvider.translate("account.change-password"));
            account.add(signedIn, changePassword, logout);
        }, () -> account.add(new Anchor("login", I18NProvider.translate("account.login"))));
        return account;
    }
}
