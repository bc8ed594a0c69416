package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.editing.ActorContent;

import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The actor editor's folded part for an organization's registration details: legal form, year
 * of incorporation, logo and register addresses and funding. Open when the actor has any of them,
 * or when the server names a field in it.
 */
class RegistrationForm extends Div {

    private final Details details = new Details();
    private final TextField legalStatus = new TextField();
    private final IntegerField yearIncorporated = new IntegerField();
    private final TextField logo = new TextField();
    private final TextField uri = new TextField();
    private final TextArea funding = new TextArea();

    RegistrationForm(Runnable changed) {
        addClassName("registration-form");
        details.setSummaryText(getTranslation("actor-editor.registration"));
        legalStatus.setLabel(getTranslation("actor-editor.legal-status"));
        legalStatus.setHelperText(getTranslation("actor-editor.legal-status-help"));
        yearIncorporated.setLabel(getTranslation("actor-editor.year-incorporated"));
        yearIncorporated.setMax(Year.now().getValue());
        yearIncorporated.addClassName("narrow");
        logo.setLabel(getTranslation("actor-editor.logo"));
        logo.setPlaceholder("https://");
        uri.setLabel(getTranslation("actor-editor.uri"));
        uri.setHelperText(getTranslation("actor-editor.uri-help"));
        uri.setPlaceholder("https://");
        funding.setLabel(getTranslation("actor-editor.funding"));
        Stream.of(legalStatus, logo, uri).forEach(field -> field.setValueChangeMode(ValueChangeMode.LAZY));
        funding.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(legalStatus, yearIncorporated, logo, uri, funding)
                .forEach(field -> field.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        changed.run();
                    }
                }));
        details.add(legalStatus, yearIncorporated, logo, uri, funding);
        add(details);
    }

    void setValue(ActorContent.Registration r) {
        legalStatus.setValue(FieldText.orEmpty(r.legalStatus()));
        yearIncorporated.setValue(r.yearIncorporated());
        logo.setValue(FieldText.orEmpty(r.logo()));
        uri.setValue(FieldText.orEmpty(r.uri()));
        funding.setValue(FieldText.orEmpty(r.funding()));
        details.setOpened(!r.equals(ActorContent.Registration.NONE));
    }

    ActorContent.Registration value() {
        return new ActorContent.Registration(FieldText.blankToNull(legalStatus.getValue()), yearIncorporated.getValue(),
                FieldText.blankToNull(logo.getValue()), FieldText.blankToNull(uri.getValue()),
                FieldText.blankToNull(funding.getValue()));
    }

    Map<String, HasValidation> errorTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put("legalStatus", legalStatus);
        targets.put("yearIncorporated", yearIncorporated);
        targets.put("logo", logo);
        targets.put("uri", uri);
        targets.put("funding", funding);
        return targets;
    }

    /** Opens the part when one of the wrong fields is in it. */
    void openFor(Collection<String> wrongFields) {
        if (wrongFields.stream().anyMatch(errorTargets()::containsKey)) {
            details.setOpened(true);
        }
    }

    Details details() {
        return details;
    }

    /** The details in a line, as the conflict dialog shows them. */
    static String describe(ActorContent.Registration r) {
        return Stream.of(r.legalStatus(), Objects.toString(r.yearIncorporated(), null), r.logo(), r.uri(), r.funding())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
