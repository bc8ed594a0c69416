package fi.ekokartta.accessibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.accessibility.AccessibilityFeedback;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.accessibility.SupervisoryAuthority;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.InputErrors;
import fi.ekokartta.base.web.RateLimitedException;
import fi.ekokartta.base.ui.TitledSection;

/**
 * Saavutettavuusseloste: how accessible the service is, what is known not to be, how it was
 * checked, and a feedback form whose messages the coordinators read in the management view.
 */
@Route("saavutettavuus")
@AnonymousAllowed
@Menu(title = "menu.accessibility", order = 80, icon = "vaadin:eye")
class AccessibilityStatementView extends Div implements HasDynamicTitle {

    private final AccessibilityFeedbackService feedback;
    private final TextField page = new TextField();
    private final TextArea message = new TextArea();
    private final EmailField email = new EmailField();
    private final Div result = new Div();

    AccessibilityStatementView(AccessibilityFeedbackService feedback, SupervisoryAuthority supervisor) {
        this.feedback = feedback;
        addClassNames("page", "statement-page");
        add(new H1(getTranslation("a11y.title")), new Paragraph(getTranslation("a11y.lead")));
        add(section("a11y-state-heading", "a11y.state.title", "a11y.state.text"));
        TitledSection known = section("a11y-known-heading", "a11y.known.title", "a11y.known.text");
        known.add(new UnorderedList(new ListItem(getTranslation("a11y.known.item1")),
                new ListItem(getTranslation("a11y.known.item2")), new ListItem(getTranslation("a11y.known.item3"))));
        add(known, section("a11y-checked-heading", "a11y.checked.title", "a11y.checked.text"), supervision(supervisor), form());
    }

    private TitledSection supervision(SupervisoryAuthority supervisor) {
        TitledSection section = new TitledSection("a11y-supervision-heading", getTranslation("a11y.supervision.title"));
        Anchor authority = new Anchor(supervisor.url().toString(), supervisor.name().get(getLocale()));
        section.add(new Paragraph(getTranslation("a11y.supervision.text")),
                new Paragraph(new Span(getTranslation("a11y.supervision.authority") + " "), authority));
        return section;
    }

    private TitledSection section(String id, String titleKey, String textKey) {
        TitledSection section = new TitledSection(id, getTranslation(titleKey));
        section.add(new Paragraph(getTranslation(textKey)));
        return section;
    }

    private TitledSection form() {
        TitledSection section = section("a11y-feedback-heading", "a11y.feedback.title", "a11y.feedback.lead");
        page.setLabel(getTranslation("a11y.feedback.page"));
        page.setHelperText(getTranslation("a11y.feedback.page.help"));
        message.setLabel(getTranslation("a11y.feedback.message"));
        message.setRequiredIndicatorVisible(true);
        message.setMaxLength(AccessibilityFeedback.MAX_MESSAGE_LENGTH);
        email.setLabel(getTranslation("a11y.feedback.email"));
        email.setHelperText(getTranslation("a11y.feedback.email.help"));
        Button send = new Button(getTranslation("a11y.feedback.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("role", "status");
        result.addClassName("form-result");
        Div fields = new Div(page, message, email, send, result);
        fields.addClassName("feedback-form");
        section.add(fields);
        return section;
    }

    private void send() {
        try {
            feedback.send(page.getValue(), message.getValue(), email.getValue(), Language.of(getLocale()));
            page.clear();
            message.clear();
            email.clear();
            result.setText(getTranslation("a11y.feedback.sent"));
            message.setInvalid(false);
            email.setInvalid(false);
        } catch (RejectedInputException rejected) {
            InputErrors.show(rejected, message, email);
            result.setText("");
        } catch (RateLimitedException tooMany) {
            result.setText(getTranslation("ratelimit.forms", tooMany.retryAfterMinutes()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Ekokartta";
    }
}
