package fi.ekokartta.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.EventEditing;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Issue 14: the form of a vuosikello event, new (loaded null) or loaded for a change: titles in
 * three languages, the description in three languages, category, times, a repetition chosen from common ones
 * or written as an RFC 5545 rule, place, online link, organizer, participants and whether the
 * public sees it; a loaded event can be deleted after a confirmation. {@link EventEditing}
 * decides what is allowed and checks the input; its reasons are shown on the fields.
 */
class EventDialog extends Dialog {

    /** The repetitions offered; each writes its rule from the start (the 2nd Tuesday of a month...). */
    enum Repeat {
        NONE, WEEKLY, BIWEEKLY, MONTHLY_DATE, MONTHLY_WEEKDAY, YEARLY, CUSTOM;

        String rule(LocalDateTime start) {
            return switch (this) {
                case NONE, CUSTOM -> null;
                case WEEKLY -> "FREQ=WEEKLY";
                case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2";
                case MONTHLY_DATE -> "FREQ=MONTHLY";
                case MONTHLY_WEEKDAY -> start == null ? null
                        : "FREQ=MONTHLY;BYDAY=" + weekOfMonth(start) + start.getDayOfWeek().name().substring(0, 2);
                case YEARLY -> "FREQ=YEARLY";
            };
        }

        /** The preset a stored rule is, or CUSTOM. */
        static Repeat of(String rule, LocalDateTime start) {
            if (rule == null || rule.isBlank()) {
                return NONE;
            }
            for (Repeat repeat : values()) {
                if (rule.equals(repeat.rule(start))) {
                    return repeat;
                }
            }
            return CUSTOM;
        }

        static int weekOfMonth(LocalDateTime start) {
            return (start.getDayOfMonth() - 1) / 7 + 1;
        }
    }

    private final EventEditing editing;
    private final EventEditing.Editable loaded;
    private final LocalizedTextFields title = LocalizedTextFields.line("title", getTranslation("calendar.edit.field.title"), true);
    private final LocalizedTextFields description =
            LocalizedTextFields.area("description", getTranslation("calendar.edit.field.description"), false);
    private final Select<EventCategory> category = new Select<>();
    private final DateTimePicker start = new DateTimePicker(getTranslation("calendar.edit.field.start"));
    private final DateTimePicker end = new DateTimePicker(getTranslation("calendar.edit.field.end"));
    private final Select<Repeat> repeat = new Select<>();
    private final TextField rule = new TextField(getTranslation("calendar.edit.field.rule"));
    private final TextField location = new TextField(getTranslation("calendar.edit.field.location"));
    private final TextField online = new TextField(getTranslation("calendar.edit.field.online"));
    private final ComboBox<EventEditing.Choice> organizer = new ComboBox<>(getTranslation("calendar.edit.field.organizer"));
    private final MultiSelectComboBox<EventEditing.Choice> participants =
            new MultiSelectComboBox<>(getTranslation("calendar.edit.field.participants"));
    private final Checkbox publicEvent = new Checkbox(getTranslation("calendar.edit.field.public"));
    private final FormErrors errors = new FormErrors();
    private boolean updating;

    /**
     * @param saved   told the id of the event saved
     * @param deleted told when the event was deleted
     */
    EventDialog(EventEditing editing, EventEditing.Editable loaded, Consumer<UUID> saved, Runnable deleted) {
        this.editing = editing;
        this.loaded = loaded;
        addClassName("event-dialog");
        setHeaderTitle(getTranslation(loaded == null ? "calendar.edit.title-new" : "calendar.edit.title-edit"));
        Locale locale = getLocale();
        category.setLabel(getTranslation("calendar.edit.field.category"));
        category.setItems(EventCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("calendar.category." + value.name()));
        category.setRequiredIndicatorVisible(true);
        start.setRequiredIndicatorVisible(true);
        start.setLocale(locale);
        end.setLocale(locale);
        repeat.setLabel(getTranslation("calendar.edit.field.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(this::repeatLabel);
        rule.setHelperText(getTranslation("calendar.edit.field.rule.help"));
        rule.setClearButtonVisible(true);
        repeat.addValueChangeListener(change -> {
            if (!updating && change.getValue() != null && change.getValue() != Repeat.CUSTOM) {
                setRule(change.getValue().rule(start.getValue()));
            }
        });
        rule.addValueChangeListener(change -> {
            if (!updating) {
                setRepeat(Repeat.of(change.getValue(), start.getValue()));
            }
        });
        start.addValueChangeListener(change -> {
            // the 2nd Tuesday follows the start; a rule written by hand stays as written
            Repeat chosen = repeat.getValue();
            if (chosen != null && chosen != Repeat.CUSTOM && chosen != Repeat.NONE) {
                setRule(chosen.rule(change.getValue()));
            }
            repeat.getListDataView().refreshAll();
        });
        List<EventEditing.Choice> organizers = editing.organizerChoices();
        organizer.setItems(organizers);
        organizer.setItemLabelGenerator(choice -> choice.name().get(locale));
        List<EventEditing.Choice> actors = editing.participantChoices();
        participants.setItems(actors);
        participants.setItemLabelGenerator(choice -> choice.name().get(locale));
        online.setPlaceholder("https://");

        if (loaded == null) {
            setRepeat(Repeat.NONE);
            publicEvent.setValue(true);
            if (organizers.size() == 1) {
                organizer.setValue(organizers.getFirst());
            }
        } else {
            EventEditing.EventContent content = loaded.content();
            title.setValue(content.title());
            description.setValue(content.description());
            category.setValue(content.category());
            start.setValue(content.start());
            end.setValue(content.end());
            setRule(content.recurrence());
            setRepeat(Repeat.of(content.recurrence(), content.start()));
            location.setValue(content.location() == null ? "" : content.location());
            online.setValue(content.onlineUrl() == null ? "" : content.onlineUrl());
            organizer.setValue(find(organizers, content.organizerId()));
            participants.setValue(actors.stream().filter(choice -> content.participantIds().contains(choice.id()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            publicEvent.setValue(content.publicEvent());
        }

        Div form = new Div(errors, title, description, category, start, end, repeat, rule, location, online, organizer,
                participants, publicEvent);
        form.addClassName("event-form");
        add(form);
        Button save = new Button(getTranslation("calendar.edit.save"), click -> save(saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("calendar.edit.cancel"), click -> close());
        if (loaded != null) {
            Button delete = new Button(getTranslation("calendar.edit.delete"), click -> confirmDelete(deleted));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private String repeatLabel(Repeat value) {
        if (value == Repeat.MONTHLY_WEEKDAY) {
            LocalDateTime from = start.getValue();
            if (from == null) {
                return getTranslation("calendar.edit.repeat.MONTHLY_WEEKDAY", "n", "…");
            }
            return getTranslation("calendar.edit.repeat.MONTHLY_WEEKDAY", Repeat.weekOfMonth(from),
                    from.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()).toLowerCase(getLocale()));
        }
        return getTranslation("calendar.edit.repeat." + value.name());
    }

    private void setRule(String value) {
        updating = true;
        try {
            rule.setValue(value == null ? "" : value);
        } finally {
            updating = false;
        }
    }

    private void setRepeat(Repeat value) {
        updating = true;
        try {
            repeat.setValue(value);
        } finally {
            updating = false;
        }
    }

    private static EventEditing.Choice find(List<EventEditing.Choice> choices, UUID id) {
        return id == null ? null : choices.stream().filter(choice -> choice.id().equals(id)).findFirst().orElse(null);
    }

    EventEditing.EventContent content() {
        Set<UUID> chosen = participants.getValue().stream().map(EventEditing.Choice::id).collect(Collectors.toSet());
        return new EventEditing.EventContent(title.getValue(), description.getValue(), category.getValue(), start.getValue(), end.getValue(),
                FieldText.blankToNull(rule.getValue()), FieldText.blankToNull(location.getValue()),
                FieldText.blankToNull(online.getValue()), organizer.getValue() == null ? null : organizer.getValue().id(),
                chosen, publicEvent.getValue());
    }

    private void save(Consumer<UUID> saved) {
        try {
            UUID id;
            if (loaded == null) {
                id = editing.create(content()).id();
            } else {
                editing.update(loaded.id(), loaded.version(), content());
                id = loaded.id();
            }
            close();
            saved.accept(id);
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = new HashMap<>(title.errorTargets());
            fields.putAll(description.errorTargets());
            fields.put("category", category);
            fields.put("start", start);
            fields.put("end", end);
            fields.put("recurrence", rule);
            fields.put("location", location);
            fields.put("onlineUrl", online);
            fields.put("organizer", organizer);
            fields.put("participants", participants);
            errors.show(invalid.getFieldErrors(), fields, field -> field);
        } catch (ConflictException conflict) {
            errors.showMessage(getTranslation("calendar.error.conflict"));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("calendar.error.not-allowed"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        }
    }

    private void confirmDelete(Runnable deleted) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("calendar.edit.delete.confirm.title"));
        confirm.setText(getTranslation("calendar.edit.delete.confirm.text", loaded.content().title().get(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("calendar.edit.cancel"));
        confirm.setConfirmText(getTranslation("calendar.edit.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                editing.delete(loaded.id(), loaded.version());
                close();
                deleted.run();
            } catch (ConflictException conflict) {
                errors.showMessage(getTranslation("calendar.error.conflict"));
            } catch (AccessDeniedException denied) {
                errors.showMessage(getTranslation("calendar.error.not-allowed"));
            }
        });
        confirm.open();
    }
}
