package fi.ekokartta.paths.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.paths.PathContent;
import fi.ekokartta.paths.PathEditing;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A coordinator's form for one service path (/hallinta/polku/{id}, /hallinta/polku/uusi): title
 * and introduction in three languages, the address, the steps (a published service and the
 * text between steps, moved up and down or removed) and whether the path is public. Errors are
 * shown on their fields; a path another coordinator saved meanwhile is not overwritten.
 */
@Route(PathEditorView.ROUTE)
@RolesAllowed("COORDINATOR")
class PathEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "hallinta/polku/:id";
    static final String NEW = "hallinta/polku/uusi";

    /** One step as the form holds it. */
    private static final class StepRow {
        UUID serviceId;
        LocalizedText text;
        ComboBox<PathEditing.ServiceChoice> service;
        LocalizedTextFields textFields;

        void sync() {
            if (service != null) {
                serviceId = service.getValue() == null ? null : service.getValue().id();
            }
            if (textFields != null) {
                text = textFields.getValue();
            }
        }

        StepRow(UUID serviceId, LocalizedText text) {
            this.serviceId = serviceId;
            this.text = text;
        }
    }

    private final PathEditing editing;
    private final FormErrors errors = new FormErrors();
    private final TextField slug = new TextField();
    private final Checkbox published = new Checkbox();
    private final Div stepList = new Div();
    private final List<StepRow> steps = new ArrayList<>();
    private final Map<String, HasValidation> stepFields = new HashMap<>();
    private LocalizedTextFields title;
    private LocalizedTextFields intro;
    private List<PathEditing.ServiceChoice> choices = List.of();
    private Set<UUID> unpublished = Set.of();
    private UUID id;
    private long version;

    PathEditorView(PathEditing editing) {
        this.editing = editing;
        addClassNames("page", "path-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("uusi");
        steps.clear();
        PathContent content;
        if ("uusi".equals(parameter)) {
            id = null;
            version = 0;
            unpublished = Set.of();
            content = new PathContent("", new LocalizedText(), new LocalizedText(), false, List.of());
        } else {
            try {
                id = UUID.fromString(parameter);
                PathEditing.EditablePath path = editing.editable(id);
                version = path.version();
                unpublished = path.unpublishedServices();
                content = path.content();
            } catch (IllegalArgumentException | RejectedInputException e) {
                throw new NotFoundException("No service path " + parameter);
            }
        }
        content.steps().forEach(step -> steps.add(new StepRow(step.serviceId(), step.text())));
        choices = editing.serviceChoices(new HashSet<>(unpublished));
        build(content);
    }

    private void build(PathContent content) {
        removeAll();
        title = LocalizedTextFields.line("title", getTranslation("paths.field.title"), true);
        title.setValue(content.title());
        intro = LocalizedTextFields.area("intro", getTranslation("paths.field.intro"), false);
        intro.setValue(content.intro());
        slug.setLabel(getTranslation("paths.field.slug"));
        slug.setHelperText(getTranslation("paths.field.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        slug.setValue(content.slug() == null ? "" : content.slug());
        published.setLabel(getTranslation("paths.field.published"));
        published.setValue(content.published());
        Button addStep = new Button(getTranslation("paths.step.add"), click -> {
            steps.forEach(StepRow::sync);
            steps.add(new StepRow(null, new LocalizedText()));
            showSteps();
        });
        addStep.addClassName("path-step-add");
        Button save = new Button(getTranslation("paths.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, new Anchor(PathListEditorView.ROUTE, getTranslation("paths.editor.back")));
        buttons.addClassName("path-editor-buttons");
        if (id != null) {
            Button delete = new Button(getTranslation("paths.delete"), click -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        add(new H1(getTranslation(id == null ? "paths.new" : "paths.edit")), errors, title, intro, slug,
                new H2(getTranslation("paths.steps")), stepList, addStep, published, buttons);
        showSteps();
    }

    private void showSteps() {
        stepList.removeAll();
        stepFields.clear();
        stepList.addClassName("path-editor-steps");
        ContentLanguage content = new ContentLanguage(getLocale());
        for (int i = 0; i < steps.size(); i++) {
            StepRow row = steps.get(i);
            int index = i;
            Div block = new Div();
            block.addClassName("path-editor-step");
            ComboBox<PathEditing.ServiceChoice> service = new ComboBox<>(getTranslation("paths.step.service", i + 1));
            service.setItems(choices);
            service.setItemLabelGenerator(choice -> content.text(choice.name())
                    + (choice.provider().isEmpty() ? "" : " – " + content.text(choice.provider()))
                    + (unpublished.contains(choice.id()) ? " (" + getTranslation("paths.step.not-public") + ")" : ""));
            service.setWidthFull();
            service.setRequiredIndicatorVisible(true);
            choices.stream().filter(choice -> choice.id().equals(row.serviceId)).findFirst().ifPresent(service::setValue);
            row.service = service;
            LocalizedTextFields text = LocalizedTextFields.area("steps." + i + ".text", getTranslation("paths.step.text"), false);
            text.setValue(row.text);
            row.textFields = text;
            stepFields.put("steps." + i + ".service", service);
            stepFields.putAll(text.errorTargets());
            Button up = new Button(getTranslation("paths.step.up"), click -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = new Button(getTranslation("paths.step.down"), click -> move(index, 1));
            down.setEnabled(i < steps.size() - 1);
            Button remove = new Button(getTranslation("paths.step.remove"), click -> {
                steps.forEach(StepRow::sync);
                steps.remove(index);
                showSteps();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div moves = new Div(up, down, remove);
            moves.addClassName("path-editor-step-buttons");
            block.add(service, text, moves);
            stepList.add(block);
        }
        if (steps.isEmpty()) {
            stepList.add(new Paragraph(getTranslation("paths.steps.none")));
        }
    }

    private void move(int index, int by) {
        int other = index + by;
        if (other < 0 || other >= steps.size()) {
            return;
        }
        steps.forEach(StepRow::sync);
        StepRow row = steps.get(index);
        steps.set(index, steps.get(other));
        steps.set(other, row);
        showSteps();
    }

    private PathContent content() {
        steps.forEach(StepRow::sync);
        return new PathContent(slug.getValue(), title.getValue(), intro.getValue(), published.getValue(),
                steps.stream().map(row -> new PathContent.StepContent(row.serviceId, row.text)).toList());
    }

    private void save() {
        errors.clear();
        try {
            if (id == null) {
                UUID created = editing.create(content());
                notify(getTranslation("paths.saved"));
                getUI().ifPresent(ui -> ui.navigate("hallinta/polku/" + created));
            } else {
                version = editing.update(id, version, content());
                notify(getTranslation("paths.saved"));
            }
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = new HashMap<>(title.errorTargets());
            fields.putAll(intro.errorTargets());
            fields.put("slug", slug);
            fields.putAll(stepFields);
            errors.show(invalid.getFieldErrors(), fields, field -> getTranslation("paths.steps"));
        } catch (ConflictException | OptimisticLockingFailureException conflict) {
            errors.showMessage(getTranslation("paths.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("paths.error.not-allowed"));
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("paths.delete"));
        dialog.setText(getTranslation("paths.delete.confirm", title.getValue().getFi()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("paths.cancel"));
        dialog.setConfirmText(getTranslation("paths.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                editing.delete(id);
                getUI().ifPresent(ui -> ui.navigate(PathListEditorView.ROUTE));
            } catch (RejectedInputException | AccessDeniedException e) {
                errors.showMessage(getTranslation("paths.error.not-allowed"));
            }
        });
        dialog.open();
    }

    private static void notify(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "paths.new" : "paths.edit") + " – Ekokartta";
    }
}
