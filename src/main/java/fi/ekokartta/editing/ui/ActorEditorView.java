package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Reassurance;
import fi.ekokartta.stewardship.ui.KeeperPicker;
import fi.ekokartta.stewardship.ui.ReassureButton;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.editing.ActorHistory;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.ConflictDialog;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.base.ui.UnsavedChanges;
import fi.ekokartta.base.domain.HistoryPage;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The editor of an actor (/hallinta/toimija/{id}, a new one at /hallinta/toimija/uusi): names and
 * descriptions in Finnish, Swedish and English side by side, sector, Business ID, parent
 * organization, public contact channels, registration details and the programs the organization runs. It calls {@link ActorEditing} for every step, which
 * decides what the user may do; the server's refusals are shown on their fields, a save over
 * someone else's save opens the conflict dialog, and leaving with unsaved changes asks first.
 * Coordinators see the archive and restore buttons.
 */
@Route(ActorEditorView.ROUTE + "/:id")
@RolesAllowed({"COORDINATOR", "MAINTAINER"})
class ActorEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ROUTE = "hallinta/toimija";
    static final String NEW = "uusi";

    private final ActorEditing editing;
    private final ActorHistory actorHistory;
    private final HistorySection history;
    private final H1 title = new H1();
    private final Span status = new Span();
    private final FormErrors errors = new FormErrors();
    private final LocalizedTextFields name;
    private final TextField alternateName = new TextField();
    private final LocalizedTextFields description;
    private final Select<ActorSector> sector = new Select<>();
    private final TextField businessId = new TextField();
    private final ComboBox<UUID> parent = new ComboBox<>();
    private final TextField website = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextRows websites;
    private final TextRows identifiers;
    private final RegistrationForm registration;
    private final ProgramRows programs;
    private final Checkbox approvalRequired = new Checkbox();
    private final IntegerField defaultReviewInterval = new IntegerField();
    private final Span assured = new Span();
    private final ReassureButton reassure;
    private final KeeperPicker keeperPicker;
    private final Reassurance reassurance;
    private final Button save = new Button();
    private final Button archive = new Button();
    private final Button restore = new Button();
    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private final Map<UUID, String> parentNames = new LinkedHashMap<>();
    private UUID id;
    private long version;
    private ActorStatus actorStatus;
    private boolean approvalWas;
    private Integer intervalWas;
    /** The content as loaded: what a conflict is compared against. */
    private ActorContent loadedContent;

    ActorEditorView(ActorEditing editing, Reassurance reassurance, ActorHistory actorHistory, EntryKeepers entryKeepers,
                    Handovers handovers) {
        this.editing = editing;
        this.keeperPicker = new KeeperPicker(entryKeepers, handovers);
        this.reassurance = reassurance;
        this.actorHistory = actorHistory;
        this.history = new HistorySection(getTranslation("history.title"), "actor-editor.field.", Map.of(
                "status", "managed.actor-status.", "sector", "sector.", "approvalRequired", "history.value."),
                this::restoreVersion, unsaved::isDirty);
        addClassNames("page", "editor-page");
        name = LocalizedTextFields.line("name", getTranslation("actor-editor.name"), true);
        description = LocalizedTextFields.area("description", getTranslation("actor-editor.description"), false);
        alternateName.setLabel(getTranslation("actor-editor.alternate-name"));
        sector.setLabel(getTranslation("actor-editor.sector"));
        sector.setItems(Arrays.asList(ActorSector.values()));
        sector.setEmptySelectionAllowed(true);
        sector.setItemLabelGenerator(value -> value == null ? "" : getTranslation("sector." + value.name()));
        businessId.setLabel(getTranslation("actor-editor.business-id"));
        businessId.setHelperText("1234567-8");
        parent.setLabel(getTranslation("actor-editor.parent"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(choice -> parentNames.getOrDefault(choice, ""));
        website.setLabel(getTranslation("actor-editor.website"));
        email.setLabel(getTranslation("actor-editor.email"));
        phone.setLabel(getTranslation("actor-editor.phone"));
        websites = new TextRows("websites", getTranslation("actor-editor.websites"), getTranslation("actor-editor.add-website"),
                java.util.List.of("label", "url"), java.util.List.of(getTranslation("actor-editor.website-label"),
                getTranslation("actor-editor.website-url")), unsaved::changed);
        identifiers = new TextRows("identifiers", getTranslation("actor-editor.identifiers"),
                getTranslation("actor-editor.add-identifier"), java.util.List.of("type", "identifier", "scheme"),
                java.util.List.of(getTranslation("actor-editor.identifier-type"), getTranslation("actor-editor.identifier"),
                        getTranslation("actor-editor.identifier-scheme")), unsaved::changed);
        registration = new RegistrationForm(unsaved::changed);
        programs = new ProgramRows(unsaved::changed);
        name.addChangeListener(unsaved::changed);
        description.addChangeListener(unsaved::changed);
        java.util.List.<HasValue<?, ?>>of(alternateName, sector, businessId, parent, website, email, phone)
                .forEach(field -> field.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        unsaved.changed();
                    }
                }));
        approvalRequired.setLabel(getTranslation("actor-editor.approval-required"));
        approvalRequired.setHelperText(getTranslation("actor-editor.approval-required-help"));
        approvalRequired.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                unsaved.changed();
            }
        });
        defaultReviewInterval.setLabel(getTranslation("actor-editor.review-interval"));
        defaultReviewInterval.setHelperText(getTranslation("actor-editor.review-interval-help"));
        defaultReviewInterval.setMin(1);
        defaultReviewInterval.setMax(60);
        defaultReviewInterval.setStepButtonsVisible(true);
        defaultReviewInterval.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                unsaved.changed();
            }
        });
        // Not a content change: the version stays, so the user's unsaved changes are kept and saved later.
        reassure = new ReassureButton(reassurance, EntryKind.ACTOR, () -> id, null, this::showAssured);
        assured.addClassName("editor-assured");
        save.setText(getTranslation("actor-editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(content(), version));
        archive.setText(getTranslation("actor-editor.archive"));
        archive.addClickListener(click -> changeStatus(true));
        restore.setText(getTranslation("actor-editor.restore"));
        restore.addClickListener(click -> changeStatus(false));
        status.addClassName("editor-status");
        Div fields = new Div(name, alternateName, description, sector, businessId, parent, website, email, phone,
                websites, identifiers, registration, programs, approvalRequired, defaultReviewInterval, keeperPicker);
        fields.addClassName("editor-fields");
        Div actions = new Div(save, archive, restore, reassure, assured);
        actions.addClassName("editor-actions");
        add(new Anchor("hallinta/toimijat", getTranslation("actor-editor.back")), title, status, errors, fields, actions,
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(parameter)) {
            id = null;
        } else {
            try {
                id = UUID.fromString(parameter);
            } catch (IllegalArgumentException notAnId) {
                throw new NotFoundException("No actor " + parameter);
            }
        }
        load();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    /** Shows the stored actor (or an empty form for a new one) and forgets the user's changes. */
    private void load() {
        errors.clear();
        parentNames.clear();
        editing.parentChoicesFor(id).forEach(choice -> parentNames.put(choice.id(), choice.name().get(getLocale())));
        parent.setItems(parentNames.keySet());
        if (id == null) {
            version = 0;
            actorStatus = null;
            show(new ActorContent(new LocalizedText(), null, new LocalizedText(), null, null, null, null, null, null));
        } else {
            ActorEditing.Editable loaded;
            try {
                loaded = editing.load(id);
            } catch (RejectedInputException unknown) {
                throw new NotFoundException("No actor " + id);
            }
            version = loaded.version();
            actorStatus = loaded.status();
            approvalRequired.setValue(loaded.approvalRequired());
            approvalWas = loaded.approvalRequired();
            defaultReviewInterval.setValue(loaded.defaultReviewIntervalMonths());
            intervalWas = loaded.defaultReviewIntervalMonths();
            showAssured(reassurance.last(EntryKind.ACTOR, id));
            show(loaded.content());
        }
        UUID shown = id;
        keeperPicker.show(EntryKind.ACTOR, shown);
        history.setVisible(shown != null);
        if (shown != null) {
            history.show((from, size) -> HistoryPage.merge(from, size, actorHistory.page(shown, getLocale(), from.revisionBefore(),
                    size), reassurance.history(EntryKind.ACTOR, shown, from.assuredBefore(), size)), true);
        }
        unsaved.saved();
    }

    private void show(ActorContent c) {
        loadedContent = c;
        name.setValue(c.name());
        alternateName.setValue(FieldText.orEmpty(c.alternateName()));
        description.setValue(c.description());
        sector.setValue(c.sector());
        businessId.setValue(FieldText.orEmpty(c.businessId()));
        parent.setValue(c.parentId());
        website.setValue(FieldText.orEmpty(c.website()));
        email.setValue(FieldText.orEmpty(c.email()));
        phone.setValue(FieldText.orEmpty(c.phone()));
        websites.setRows(c.websites().stream()
                .map(w -> new TextRows.Row(w.id(), java.util.Arrays.asList(w.label(), w.url()))).toList());
        identifiers.setRows(c.identifiers().stream()
                .map(i -> new TextRows.Row(i.id(), java.util.Arrays.asList(i.type(), i.identifier(), i.scheme()))).toList());
        registration.setValue(c.registration());
        programs.setValue(c.programs());
        title.setText(id == null ? getTranslation("actor-editor.title.new") : c.name().get(getLocale()));
        boolean mayChangeStatus = id != null && editing.mayChangeStatus();
        // Coordinators alone decide whether an organization's new entries wait for their approval.
        approvalRequired.setVisible(mayChangeStatus);
        // They set the organization's default review interval too; every keeper re-assures a stored actor.
        defaultReviewInterval.setVisible(mayChangeStatus);
        reassure.setVisible(id != null);
        assured.setVisible(id != null);
        archive.setVisible(mayChangeStatus && actorStatus == ActorStatus.ACTIVE);
        restore.setVisible(mayChangeStatus && actorStatus == ActorStatus.ARCHIVED);
        status.setVisible(actorStatus != null);
        status.setText(actorStatus == null ? "" : getTranslation("actor-editor.status",
                getTranslation("managed.actor-status." + actorStatus.name())));
    }

    private ActorContent content() {
        return new ActorContent(name.getValue(), FieldText.blankToNull(alternateName.getValue()), description.getValue(),
                sector.getValue(), FieldText.blankToNull(businessId.getValue()), parent.getValue(), FieldText.blankToNull(website.getValue()),
                FieldText.blankToNull(email.getValue()), FieldText.blankToNull(phone.getValue()),
                websites.rows().stream().map(row -> new ActorContent.Website(row.id(), row.texts().get(0), row.texts().get(1)))
                        .toList(),
                identifiers.rows().stream().map(row -> new ActorContent.Identifier(row.id(), row.texts().get(2),
                        row.texts().get(0), row.texts().get(1))).toList(), registration.value(), programs.value());
    }

    /** Saves the content over the given version: the loaded one, or the stored one after a merge. */
    private void save(ActorContent content, long over) {
        errors.clear();
        try {
            if (id == null) {
                ActorEditing.Editable created = editing.create(content);
                unsaved.saved();
                UI.getCurrent().navigate(ROUTE + "/" + created.id());
                return;
            }
            version = editing.update(id, over, content);
            if (approvalRequired.isVisible() && approvalRequired.getValue() != approvalWas) {
                version = editing.setApprovalRequired(id, version, approvalRequired.getValue());
            }
            if (defaultReviewInterval.isVisible() && !java.util.Objects.equals(defaultReviewInterval.getValue(), intervalWas)) {
                version = editing.setDefaultReviewInterval(id, version, defaultReviewInterval.getValue());
            }
            load();
            Notification.show(getTranslation("actor-editor.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (ValidationException invalid) {
            registration.openFor(invalid.getFieldErrors().keySet());
            errors.show(invalid.getFieldErrors(), fields(), field -> getTranslation("actor-editor.field." + field));
        } catch (ConflictException conflict) {
            new ConflictDialog<>(conflict, ActorContent.class, loadedContent, content, this::label, this::describe, this::save,
                    this::load).open();
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException refused) {
            errors.showMessage(getTranslation("actor-editor.refused"));
        }
    }

    /**
     * Restores a version from the history over the loaded one (confirmed, unsaved changes
     * included); someone else's save in between is not overwritten but shown.
     */
    private void restoreVersion(long revision) {
        errors.clear();
        try {
            version = actorHistory.restore(id, revision, version);
            load();
            Notification.show(getTranslation("history.restore.done"), 3000, Notification.Position.BOTTOM_START);
        } catch (ConflictException conflict) {
            load();
            errors.showMessage(getTranslation("history.restore.conflict"));
        } catch (ValidationException invalid) {
            errors.showMessage(getTranslation("history.restore.invalid", invalid.getFieldErrors().keySet().stream()
                    .map(this::label).distinct().collect(java.util.stream.Collectors.joining(", "))));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException refused) {
            errors.showMessage(getTranslation("actor-editor.refused"));
        }
    }

    private void changeStatus(boolean toArchive) {
        errors.clear();
        try {
            version = toArchive ? editing.archive(id, version) : editing.restore(id, version);
            load();
            Notification.show(getTranslation(toArchive ? "actor-editor.archived" : "actor-editor.restored"), 3000,
                    Notification.Position.BOTTOM_START);
        } catch (ConflictException conflict) {
            new ConflictDialog<>(conflict, ActorContent.class, loadedContent, content(), this::label, this::describe, this::save,
                    this::load).open();
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException refused) {
            errors.showMessage(getTranslation("actor-editor.refused"));
        }
    }

    /** Every field the server may name, by its name. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (LocalizedTextFields text : java.util.List.of(name, description)) {
            LocalizedTextFields.LANGUAGES.forEach(language ->
                    fields.put(text.field() + "." + language, (HasValidation) text.input(language)));
        }
        fields.put("alternateName", alternateName);
        fields.put("sector", sector);
        fields.put("businessId", businessId);
        fields.put("parent", parent);
        fields.put("website", website);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("defaultReviewIntervalMonths", defaultReviewInterval);
        fields.putAll(websites.errorTargets());
        fields.putAll(identifiers.errorTargets());
        fields.putAll(registration.errorTargets());
        fields.putAll(programs.errorTargets());
        return fields;
    }

    /** A field of {@link ActorContent} by the name the user reads ("parentId" → "Yläorganisaatio"). */
    private String label(String field) {
        if (field.startsWith("websites.") || field.startsWith("identifiers.") || field.startsWith("programs.")) {
            field = field.substring(0, field.indexOf('.'));
        }
        return getTranslation("actor-editor.field." + field);
    }

    private String describe(Object value) {
        return switch (value) {
            case null -> "–";
            case LocalizedText text -> text.get(getLocale()) == null ? "–" : text.get(getLocale());
            case ActorSector kind -> getTranslation("sector." + kind.name());
            case ActorContent.Registration details when details.equals(ActorContent.Registration.NONE) -> "–";
            case ActorContent.Registration details -> RegistrationForm.describe(details);
            case UUID parentId -> parentNames.getOrDefault(parentId, "–");
            case java.util.List<?> rows when rows.isEmpty() -> "–";
            case java.util.List<?> rows -> rows.stream().map(row -> switch (row) {
                case ActorContent.Website w -> w.label() == null ? w.url() : w.label() + " " + w.url();
                case ActorContent.Identifier i -> i.type() + " " + i.identifier();
                case ActorContent.Program p -> p.name().get(getLocale());
                default -> String.valueOf(row);
            }).collect(java.util.stream.Collectors.joining(", "));
            default -> value.toString();
        };
    }

    private void showAssured(Reassurance.Reassured last) {
        assured.setText(last.assuredDate() == null ? getTranslation("review.assured.never")
                : getTranslation("review.assured", FinnishDates.date(last.assuredDate())));
    }

    @Override
    public String getPageTitle() {
        return (id == null ? getTranslation("actor-editor.title.new") : getTranslation("actor-editor.title.edit"))
                + " – Ekokartta";
    }
}
