package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.PhoneType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One asiointikanava in the editor: its kind, name, address, phone (with its extension and type),
 * e-mail and web address, directions and accessibility (with practical advice and a page of full
 * information), "by appointment only", weekly opening hours and the exception dates. A place's
 * other name, description, postal address and identifier in another register are under a
 * collapsed "Lisätiedot", opened when any of them is filled in or wrong. A stored channel keeps
 * its id, so saving updates it instead of replacing it.
 */
class ChannelForm extends Div {

    private final UUID id;
    private final Runnable changed;
    private final H3 heading = new H3();
    private final Select<ChannelType> type = new Select<>();
    private final LocalizedTextFields name;
    private final TextField streetAddress = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final TextField phone = new TextField();
    private final IntegerField phoneExtension = new IntegerField();
    private final Select<PhoneType> phoneType = new Select<>();
    private final TextField email = new TextField();
    private final TextField url = new TextField();
    private final TextArea transportation = new TextArea();
    private final TextArea accessibility = new TextArea();
    private final TextArea accessibilityDetails = new TextArea();
    private final TextField accessibilityUrl = new TextField();
    private final TextField alternateName = new TextField();
    private final LocalizedTextFields description;
    private final TextField postalStreetAddress = new TextField();
    private final TextField postalPostalCode = new TextField();
    private final TextField postalCity = new TextField();
    private final TextField externalIdentifier = new TextField();
    private final TextField externalIdentifierType = new TextField();
    private final Details more = new Details();
    private final Checkbox byAppointment = new Checkbox();
    private final List<WeeklyHoursRow> weekly = new ArrayList<>();
    private final List<ExceptionHoursRow> exceptions = new ArrayList<>();
    private final Div weeklyRows = new Div();
    private final Div exceptionRows = new Div();

    ChannelForm(OfferingContent.Channel channel, Runnable changed, Runnable remove) {
        this.id = channel == null ? null : channel.id();
        this.changed = changed;
        addClassName("channel-form");
        type.setLabel(getTranslation("editor.channel.type"));
        type.setItems(ChannelType.values());
        type.setItemLabelGenerator(value -> getTranslation("channel." + value.name()));
        name = LocalizedTextFields.line("name", getTranslation("editor.channel.name"), false);
        streetAddress.setLabel(getTranslation("editor.channel.street"));
        postalCode.setLabel(getTranslation("editor.channel.postal-code"));
        postalCode.getElement().setAttribute("inputmode", "numeric");
        city.setLabel(getTranslation("editor.channel.city"));
        phone.setLabel(getTranslation("editor.channel.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        phoneExtension.setLabel(getTranslation("editor.channel.phone-extension"));
        phoneExtension.setMin(1);
        phoneType.setLabel(getTranslation("editor.channel.phone-type"));
        phoneType.setItems(PhoneType.values());
        phoneType.setItemLabelGenerator(value -> value == null ? getTranslation("editor.channel.phone-type.none")
                : getTranslation("phone.type." + value.name()));
        phoneType.setEmptySelectionAllowed(true);
        phoneType.setEmptySelectionCaption(getTranslation("editor.channel.phone-type.none"));
        email.setLabel(getTranslation("editor.channel.email"));
        email.getElement().setAttribute("inputmode", "email");
        url.setLabel(getTranslation("editor.channel.url"));
        url.setPlaceholder("https://");
        transportation.setLabel(getTranslation("service.channel.transportation"));
        accessibility.setLabel(getTranslation("service.channel.accessibility"));
        accessibilityDetails.setLabel(getTranslation("editor.channel.accessibility-details"));
        accessibilityUrl.setLabel(getTranslation("editor.channel.accessibility-url"));
        accessibilityUrl.setPlaceholder("https://");
        accessibilityUrl.addClassName("accessibility-url");
        alternateName.setLabel(getTranslation("editor.channel.alternate-name"));
        description = LocalizedTextFields.area("description", getTranslation("editor.channel.description"), false);
        postalStreetAddress.setLabel(getTranslation("editor.channel.postal-street"));
        postalPostalCode.setLabel(getTranslation("editor.channel.postal-postal-code"));
        postalPostalCode.getElement().setAttribute("inputmode", "numeric");
        postalCity.setLabel(getTranslation("editor.channel.postal-city"));
        externalIdentifier.setLabel(getTranslation("editor.channel.external-identifier"));
        externalIdentifierType.setLabel(getTranslation("editor.channel.external-identifier-type"));
        byAppointment.setLabel(getTranslation("service.channel.by-appointment"));
        Stream.of(streetAddress, postalCode, city, phone, email, url).forEach(field -> field.setValueChangeMode(ValueChangeMode.LAZY));
        Stream.of(transportation, accessibility, accessibilityDetails).forEach(field -> field.setValueChangeMode(ValueChangeMode.LAZY));
        Stream.concat(Stream.of(accessibilityUrl), moreFields()).forEach(field -> field.setValueChangeMode(ValueChangeMode.LAZY));
        phoneExtension.setValueChangeMode(ValueChangeMode.LAZY);
        if (channel != null) {
            fill(channel);
        } else {
            type.setValue(ChannelType.VISITING_ADDRESS);
        }
        type.addValueChangeListener(change -> {
            showFieldsOfType();
            changed.run();
        });
        name.addChangeListener(changed);
        Stream.of(streetAddress, postalCode, city, phone, email, url).forEach(field -> field.addValueChangeListener(change -> changed.run()));
        phone.addValueChangeListener(change -> showFieldsOfType());
        Stream.of(transportation, accessibility, accessibilityDetails).forEach(field -> field.addValueChangeListener(change -> changed.run()));
        Stream.concat(Stream.of(accessibilityUrl), moreFields()).forEach(field -> field.addValueChangeListener(change -> changed.run()));
        phoneExtension.addValueChangeListener(change -> changed.run());
        phoneType.addValueChangeListener(change -> changed.run());
        description.addChangeListener(changed);
        byAppointment.addValueChangeListener(change -> changed.run());
        Button removeButton = new Button(getTranslation("editor.channel.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button addWeekly = new Button(getTranslation("editor.hours.add"), click -> {
            addWeekly(null);
            changed.run();
        });
        Button addException = new Button(getTranslation("editor.hours.add-exception"), click -> {
            addException(null);
            changed.run();
        });
        weeklyRows.addClassName("hours-rows");
        exceptionRows.addClassName("hours-rows");
        Div address = new Div(streetAddress, postalCode, city);
        address.addClassName("editor-row");
        Div phoneRow = new Div(phone, phoneExtension, phoneType);
        phoneRow.addClassName("editor-row");
        Div reach = new Div(email, url);
        reach.addClassName("editor-row");
        Div postal = new Div(postalStreetAddress, postalPostalCode, postalCity);
        postal.addClassName("editor-row");
        Div identifier = new Div(externalIdentifier, externalIdentifierType);
        identifier.addClassName("editor-row");
        more.setSummaryText(getTranslation("editor.channel.details"));
        more.add(alternateName, description, postal, identifier);
        more.addClassName("channel-details");
        more.setOpened(detailsFilled());
        add(heading, type, name, address, phoneRow, reach, transportation, accessibility, accessibilityDetails, accessibilityUrl,
                more, byAppointment,
                new H4(getTranslation("service.channel.hours")), weeklyRows, addWeekly,
                new H4(getTranslation("service.channel.exceptions")), exceptionRows, addException, removeButton);
        showFieldsOfType();
    }

    private void fill(OfferingContent.Channel channel) {
        type.setValue(channel.type());
        name.setValue(channel.name());
        streetAddress.setValue(FieldText.orEmpty(channel.streetAddress()));
        postalCode.setValue(FieldText.orEmpty(channel.postalCode()));
        city.setValue(FieldText.orEmpty(channel.city()));
        phone.setValue(FieldText.orEmpty(channel.phone()));
        email.setValue(FieldText.orEmpty(channel.email()));
        url.setValue(FieldText.orEmpty(channel.url()));
        transportation.setValue(FieldText.orEmpty(channel.transportation()));
        accessibility.setValue(FieldText.orEmpty(channel.accessibility()));
        byAppointment.setValue(channel.byAppointment());
        OfferingContent.Details details = channel.details();
        phoneExtension.setValue(details.phoneExtension());
        phoneType.setValue(details.phoneType());
        accessibilityDetails.setValue(FieldText.orEmpty(details.accessibilityDetails()));
        accessibilityUrl.setValue(FieldText.orEmpty(details.accessibilityUrl()));
        alternateName.setValue(FieldText.orEmpty(details.alternateName()));
        description.setValue(details.description());
        postalStreetAddress.setValue(FieldText.orEmpty(details.postalStreetAddress()));
        postalPostalCode.setValue(FieldText.orEmpty(details.postalPostalCode()));
        postalCity.setValue(FieldText.orEmpty(details.postalCity()));
        externalIdentifier.setValue(FieldText.orEmpty(details.externalIdentifier()));
        externalIdentifierType.setValue(FieldText.orEmpty(details.externalIdentifierType()));
        channel.openingHours().stream().filter(hours -> hours.date() == null).forEach(this::addWeekly);
        channel.openingHours().stream().filter(hours -> hours.date() != null).forEach(this::addException);
    }

    /**
     * A visiting address has a street, directions, accessibility and the place's details; a phone
     * number (of a phone channel or another) has an extension and a type; the others do not need
     * them. A filled field stays in view.
     */
    private void showFieldsOfType() {
        boolean place = type.getValue() == ChannelType.VISITING_ADDRESS;
        boolean hasPhone = type.getValue() == ChannelType.PHONE || !phone.isEmpty();
        Stream.of(streetAddress, postalCode, city).forEach(field -> field.setVisible(place || !field.isEmpty()));
        Stream.of(transportation, accessibility, accessibilityDetails).forEach(field -> field.setVisible(place || !field.isEmpty()));
        accessibilityUrl.setVisible(place || !accessibilityUrl.isEmpty());
        more.setVisible(place || detailsFilled());
        phoneExtension.setVisible(hasPhone || !phoneExtension.isEmpty());
        phoneType.setVisible(hasPhone || !phoneType.isEmpty());
    }

    /** The one-line fields under "Lisätiedot" (the description beside them has three languages). */
    private Stream<TextField> moreFields() {
        return Stream.of(alternateName, postalStreetAddress, postalPostalCode, postalCity, externalIdentifier,
                externalIdentifierType);
    }

    private boolean detailsFilled() {
        return moreFields().anyMatch(field -> !field.isEmpty()) || !description.getValue().isEmpty();
    }

    /** Opens "Lisätiedot" when the server found something wrong in it, so the error is seen. */
    void revealErrors() {
        boolean wrong = moreFields().anyMatch(TextField::isInvalid)
                || description.errorTargets().values().stream().anyMatch(HasValidation::isInvalid);
        if (wrong) {
            more.setOpened(true);
        }
    }

    void number(int position) {
        heading.setText(getTranslation("editor.channel.heading", position));
    }

    private void addWeekly(OfferingContent.Hours hours) {
        WeeklyHoursRow[] row = new WeeklyHoursRow[1];
        row[0] = new WeeklyHoursRow(hours, changed, () -> {
            weekly.remove(row[0]);
            weeklyRows.remove(row[0]);
            changed.run();
        });
        weekly.add(row[0]);
        weeklyRows.add(row[0]);
    }

    private void addException(OfferingContent.Hours hours) {
        ExceptionHoursRow[] row = new ExceptionHoursRow[1];
        row[0] = new ExceptionHoursRow(hours, changed, () -> {
            exceptions.remove(row[0]);
            exceptionRows.remove(row[0]);
            changed.run();
        });
        exceptions.add(row[0]);
        exceptionRows.add(row[0]);
    }

    OfferingContent.Channel value() {
        List<OfferingContent.Hours> hours = new ArrayList<>();
        weekly.forEach(row -> hours.add(row.value()));
        exceptions.forEach(row -> hours.add(row.value()));
        return new OfferingContent.Channel(id, type.getValue(), name.getValue(), FieldText.blankToNull(streetAddress.getValue()),
                FieldText.blankToNull(postalCode.getValue()), FieldText.blankToNull(city.getValue()), FieldText.blankToNull(url.getValue()),
                FieldText.blankToNull(phone.getValue()), FieldText.blankToNull(email.getValue()), hours, FieldText.blankToNull(transportation.getValue()),
                FieldText.blankToNull(accessibility.getValue()), byAppointment.getValue(), new OfferingContent.Details(
                phoneExtension.getValue(), phoneType.getValue(), FieldText.blankToNull(alternateName.getValue()),
                description.getValue(), FieldText.blankToNull(externalIdentifier.getValue()),
                FieldText.blankToNull(externalIdentifierType.getValue()), FieldText.blankToNull(postalStreetAddress.getValue()),
                FieldText.blankToNull(postalPostalCode.getValue()), FieldText.blankToNull(postalCity.getValue()),
                FieldText.blankToNull(accessibilityDetails.getValue()), FieldText.blankToNull(accessibilityUrl.getValue())));
    }

    /** The fields by the names the server gives their errors, "channels[0].phone" and so on. */
    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>(name.errorTargets(prefix + ".name"));
        targets.put(prefix + ".type", type);
        targets.put(prefix + ".streetAddress", streetAddress);
        targets.put(prefix + ".postalCode", postalCode);
        targets.put(prefix + ".city", city);
        targets.put(prefix + ".phone", phone);
        targets.put(prefix + ".email", email);
        targets.put(prefix + ".url", url);
        targets.put(prefix + ".transportation", transportation);
        targets.put(prefix + ".accessibility", accessibility);
        targets.put(prefix + ".phoneExtension", phoneExtension);
        targets.put(prefix + ".phoneType", phoneType);
        targets.put(prefix + ".accessibilityDetails", accessibilityDetails);
        targets.put(prefix + ".accessibilityUrl", accessibilityUrl);
        targets.put(prefix + ".alternateName", alternateName);
        targets.putAll(description.errorTargets(prefix + ".description"));
        targets.put(prefix + ".postalStreetAddress", postalStreetAddress);
        targets.put(prefix + ".postalPostalCode", postalPostalCode);
        targets.put(prefix + ".postalCity", postalCity);
        targets.put(prefix + ".externalIdentifier", externalIdentifier);
        targets.put(prefix + ".externalIdentifierType", externalIdentifierType);
        for (int i = 0; i < weekly.size(); i++) {
            targets.putAll(weekly.get(i).errorTargets(prefix + ".openingHours[" + i + "]"));
        }
        for (int i = 0; i < exceptions.size(); i++) {
            targets.putAll(exceptions.get(i).errorTargets(prefix + ".openingHours[" + (weekly.size() + i) + "]"));
        }
        return targets;
    }

    Select<ChannelType> type() {
        return type;
    }

    TextField phone() {
        return phone;
    }

    IntegerField phoneExtension() {
        return phoneExtension;
    }

    Details more() {
        return more;
    }

    List<WeeklyHoursRow> weekly() {
        return weekly;
    }

    List<ExceptionHoursRow> exceptions() {
        return exceptions;
    }
}
