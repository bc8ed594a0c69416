package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.ReminderConfirmation;
import fi.ekokartta.stewardship.ReminderLinkCheck;

import java.util.Locale;

/**
 * Muistutuksen linkki: the page a reminder's "Tiedot ovat ajan tasalla" link opens. Opening it
 * changes nothing (mail scanners open links too); it names the entry and asks for one click, which
 * re-assures it as the user the mail was sent to. An expired, changed or no longer usable link says
 * so and changes nothing. Open to visitors who are not signed in: the signed link is the
 * permission ({@link ReminderConfirmation}).
 */
@Route(ReminderConfirmation.ROUTE)
@AnonymousAllowed
class ReminderLinkView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReminderConfirmation confirmation;

    ReminderLinkView(ReminderConfirmation confirmation) {
        this.confirmation = confirmation;
        addClassNames("page", "reminder-link-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        show(token, confirmation.check(token));
    }

    private void show(String token, ReminderLinkCheck check) {
        removeAll();
        add(new H1(getTranslation("reminder-link.title")));
        switch (check.status()) {
            case VALID -> {
                entry(check);
                Button confirm = new Button(getTranslation("review.reassure"), click -> show(token, confirmation.confirm(token)));
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(new Paragraph(getTranslation("reminder-link.question", check.username())), confirm);
                editLink(check);
            }
            case DONE -> {
                entry(check);
                add(new Paragraph(getTranslation("reminder-link.done", FinnishDates.date(check.assuredOn()))));
                editLink(check);
            }
            default -> add(new Paragraph(getTranslation("reminder-link." + check.status().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'))));
        }
    }

    private void entry(ReminderLinkCheck check) {
        add(new Paragraph(getTranslation("reminder-link.lead",
                getTranslation("dashboard.overdue.kind." + check.kind().name().toLowerCase(Locale.ROOT)),
                check.entryName().get(getLocale()))));
    }

    private void editLink(ReminderLinkCheck check) {
        add(new Paragraph(new Anchor(check.kind().editorPath() + check.entryId(), getTranslation("reminder-link.edit"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminder-link.title") + " – Ekokartta";
    }
}
