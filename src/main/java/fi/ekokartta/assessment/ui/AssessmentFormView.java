package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.assessment.AssessmentAnswer;
import fi.ekokartta.assessment.AssessmentForm;
import fi.ekokartta.assessment.FormCheck;
import fi.ekokartta.assessment.QuestionKind;
import fi.ekokartta.assessment.Submission;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.ecosystem.RelationshipType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Toimijan itsearviointi: the form a self-assessment e-mail's signed link opens, without signing
 * in ({@link AssessmentForm} checks the token). The actor's roles, relationships and contacts, each
 * confirmed or corrected, and the coordinators' questions; a link that is changed, expired, for a
 * closed round or an answer already reviewed shows a message instead.
 */
@Route(AssessmentForm.ROUTE)
@AnonymousAllowed
class AssessmentFormView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String HOLDS = "holds";
    static final String ENDED = "ended";
    static final String CORRECT = "correct";
    static final String REMOVE = "remove";

    private final AssessmentForm form;
    private final FormErrors errors = new FormErrors();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<UUID, RadioButtonGroup<String>> roleChoices = new LinkedHashMap<>();
    private final Map<UUID, TextArea> roleNotes = new LinkedHashMap<>();
    private final Map<UUID, RadioButtonGroup<String>> relationshipChoices = new LinkedHashMap<>();
    private final Map<UUID, RadioButtonGroup<String>> contactChoices = new LinkedHashMap<>();
    private final Map<UUID, TextField[]> contactFields = new LinkedHashMap<>();
    private final Map<UUID, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
    private final Map<UUID, TextArea> texts = new LinkedHashMap<>();
    private final List<NewRow> newRows = new ArrayList<>();
    private String token;
    private FormCheck check;
    private Div newList;

    /** One proposed new relationship's fields. */
    private record NewRow(Div row, Select<RelationshipType> type, ComboBox<FormCheck.ActorChoice> actor, TextField description) {
    }

    AssessmentFormView(AssessmentForm form) {
        this.form = form;
        addClassNames("page", "assessment-form-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        show(form.check(token), null);
    }

    private void show(FormCheck check, String notice) {
        this.check = check;
        removeAll();
        clearFields();
        if (check.status() != FormCheck.Status.VALID && check.status() != FormCheck.Status.SUBMITTED) {
            add(new H1(getTranslation("assessment.form.title")));
            Paragraph message = new Paragraph(getTranslation("assessment.form." + check.status().name().toLowerCase(Locale.ROOT)));
            message.addClassName("assessment-message");
            add(message);
            return;
        }
        add(new H1(getTranslation("assessment.form.title-of", String.valueOf(check.year()))));
        add(new Paragraph(getTranslation("assessment.form.lead", check.actorName().get(getLocale()),
                FinnishDates.date(check.closesOn()))));
        if (notice != null) {
            Paragraph done = new Paragraph(notice);
            done.addClassName("assessment-notice");
            done.getElement().setAttribute("role", "status");
            add(done);
        } else if (check.previous() != null) {
            add(new Paragraph(getTranslation("assessment.form.previous")));
        }
        Submission previous = check.previous() == null ? Submission.empty() : check.previous();
        add(errors, roles(previous), relationships(previous), contacts(previous), questions(previous));
        Button send = new Button(getTranslation("assessment.form.send"), click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(send);
    }

    private void clearFields() {
        fields.clear();
        roleChoices.clear();
        roleNotes.clear();
        relationshipChoices.clear();
        contactChoices.clear();
        contactFields.clear();
        scores.clear();
        texts.clear();
        newRows.clear();
        errors.clear();
    }

    private TitledSection roles(Submission previous) {
        TitledSection section = new TitledSection("assessment-roles-heading", getTranslation("assessment.form.roles"));
        if (check.roles().isEmpty()) {
            section.add(new Paragraph(getTranslation("assessment.form.roles.none")));
        }
        for (FormCheck.RoleItem role : check.roles()) {
            RadioButtonGroup<String> choice = choice(role.role().get(getLocale()), HOLDS, ENDED, "assessment.form.role.");
            choice.setValue(previous.removedAssignments().contains(role.assignmentId()) ? ENDED : HOLDS);
            TextArea note = new TextArea(getTranslation("assessment.form.role.note"));
            note.setMaxLength(AssessmentAnswer.MAX_TEXT);
            note.setValue(previous.assignmentNotes().getOrDefault(role.assignmentId(), ""));
            note.addClassName("assessment-wide");
            roleChoices.put(role.assignmentId(), choice);
            roleNotes.put(role.assignmentId(), note);
            fields.put("assignment." + role.assignmentId(), note);
            section.add(item(choice, note));
        }
        return section;
    }

    private TitledSection relationships(Submission previous) {
        TitledSection section = new TitledSection("assessment-relationships-heading",
                getTranslation("assessment.form.relationships"));
        if (check.relationships().isEmpty()) {
            section.add(new Paragraph(getTranslation("assessment.form.relationships.none")));
        }
        for (FormCheck.RelationshipItem relationship : check.relationships()) {
            String label = getTranslation(relationship.outgoing() ? "assessment.form.relationship.out" : "assessment.form.relationship.in",
                    getTranslation("network.type." + relationship.type().name()), relationship.otherActor().get(getLocale()));
            RadioButtonGroup<String> choice = choice(label, HOLDS, ENDED, "assessment.form.relationship.");
            choice.setValue(previous.endedRelationships().contains(relationship.relationshipId()) ? ENDED : HOLDS);
            relationshipChoices.put(relationship.relationshipId(), choice);
            section.add(item(choice));
        }
        newList = new Div();
        newList.addClassName("assessment-new-relationships");
        section.add(newList);
        previous.newRelationships().forEach(this::addNewRow);
        Button add = new Button(getTranslation("assessment.form.relationship.add"), click -> addNewRow(null));
        section.add(add);
        return section;
    }

    private void addNewRow(Submission.NewRelationship proposed) {
        int index = newRows.size();
        Select<RelationshipType> type = new Select<>();
        type.setLabel(getTranslation("assessment.form.new.type"));
        type.setItems(RelationshipType.values());
        type.setItemLabelGenerator(value -> getTranslation("network.type." + value.name()));
        ComboBox<FormCheck.ActorChoice> actor = new ComboBox<>(getTranslation("assessment.form.new.actor"));
        actor.setItems(check.otherActors());
        actor.setItemLabelGenerator(choice -> choice.name().get(getLocale()));
        TextField description = new TextField(getTranslation("assessment.form.new.description"));
        description.setMaxLength(AssessmentAnswer.MAX_TEXT);
        actor.addClassName("assessment-wide");
        description.addClassName("assessment-wide");
        if (proposed != null) {
            type.setValue(proposed.type());
            check.otherActors().stream().filter(choice -> choice.actorId().equals(proposed.otherActorId())).findFirst()
                    .ifPresent(actor::setValue);
            description.setValue(proposed.description() == null ? "" : proposed.description());
        }
        Div row = new Div();
        row.addClassName("assessment-item");
        NewRow newRow = new NewRow(row, type, actor, description);
        Button remove = new Button(getTranslation("assessment.form.new.remove"), click -> {
            newRows.remove(newRow);
            newList.remove(row);
        });
        row.add(type, actor, description, remove);
        newRows.add(newRow);
        fields.put("new." + index + ".type", type);
        fields.put("new." + index + ".actor", actor);
        fields.put("new." + index + ".description", description);
        newList.add(row);
    }

    private TitledSection contacts(Submission previous) {
        TitledSection section = new TitledSection("assessment-contacts-heading", getTranslation("assessment.form.contacts"));
        if (check.contacts().isEmpty()) {
            section.add(new Paragraph(getTranslation("assessment.form.contacts.none")));
        }
        for (FormCheck.ContactItem contact : check.contacts()) {
            ContactDetails person = contact.person();
            RadioButtonGroup<String> choice = choice(describe(person), HOLDS, CORRECT, "assessment.form.contact.");
            choice.setItems(HOLDS, CORRECT, REMOVE);
            Submission.ContactChange corrected = previous.correctedContacts().get(contact.contactId());
            TextField name = field("assessment.form.contact.name", corrected != null ? corrected.name() : person.getName());
            TextField title = field("assessment.form.contact.title", corrected != null ? corrected.title() : person.getTitle());
            TextField email = field("assessment.form.contact.email", corrected != null ? corrected.email() : person.getEmail());
            TextField phone = field("assessment.form.contact.phone", corrected != null ? corrected.phone() : person.getPhone());
            Div details = new Div(name, title, email, phone);
            details.addClassName("assessment-contact-fields");
            choice.addValueChangeListener(change -> details.setVisible(CORRECT.equals(change.getValue())));
            choice.setValue(previous.removedContacts().contains(contact.contactId()) ? REMOVE : corrected != null ? CORRECT : HOLDS);
            details.setVisible(CORRECT.equals(choice.getValue()));
            contactChoices.put(contact.contactId(), choice);
            contactFields.put(contact.contactId(), new TextField[]{name, title, email, phone});
            fields.put("contact." + contact.contactId() + ".name", name);
            fields.put("contact." + contact.contactId() + ".email", email);
            section.add(item(choice, details));
        }
        return section;
    }

    private TitledSection questions(Submission previous) {
        TitledSection section = new TitledSection("assessment-questions-heading", getTranslation("assessment.form.questions"));
        section.add(new Paragraph(getTranslation("assessment.form.questions.lead")));
        for (FormCheck.QuestionItem question : check.questions()) {
            String text = question.text().get(getLocale());
            if (question.kind() == QuestionKind.SCALE) {
                RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(text);
                scale.setItems(1, 2, 3, 4, 5);
                scale.setItemLabelGenerator(value -> getTranslation("assessment.scale." + value));
                scale.setRequiredIndicatorVisible(true);
                scale.addClassName("assessment-scale");
                scale.setValue(previous.scores().get(question.questionId()));
                scores.put(question.questionId(), scale);
                fields.put("question." + question.questionId(), scale);
                section.add(item(scale));
            } else {
                TextArea answer = new TextArea(text);
                answer.setMaxLength(AssessmentAnswer.MAX_TEXT);
                answer.setValue(previous.texts().getOrDefault(question.questionId(), ""));
                answer.addClassName("assessment-wide");
                texts.put(question.questionId(), answer);
                fields.put("question." + question.questionId(), answer);
                section.add(item(answer));
            }
        }
        return section;
    }

    private RadioButtonGroup<String> choice(String label, String first, String second, String prefix) {
        RadioButtonGroup<String> choice = new RadioButtonGroup<>(label);
        choice.setItems(first, second);
        choice.setItemLabelGenerator(value -> getTranslation(prefix + value));
        return choice;
    }

    private TextField field(String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.addClassName("assessment-wide");
        return field;
    }

    private static Div item(com.vaadin.flow.component.Component... parts) {
        Div item = new Div(parts);
        item.addClassName("assessment-item");
        return item;
    }

    private String describe(ContactDetails person) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[]{person.getName(), person.getTitle(), person.getEmail(), person.getPhone()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? getTranslation("assessment.form.contact.unnamed") : String.join(", ", parts);
    }

    private void submit() {
        Submission submission = Submission.empty();
        scores.forEach((id, scale) -> {
            if (scale.getValue() != null) {
                submission.scores().put(id, scale.getValue());
            }
        });
        texts.forEach((id, area) -> submission.texts().put(id, area.getValue()));
        roleChoices.forEach((id, choice) -> {
            if (ENDED.equals(choice.getValue())) {
                submission.removedAssignments().add(id);
            }
        });
        roleNotes.forEach((id, note) -> {
            if (!note.getValue().isBlank()) {
                submission.assignmentNotes().put(id, note.getValue());
            }
        });
        relationshipChoices.forEach((id, choice) -> {
            if (ENDED.equals(choice.getValue())) {
                submission.endedRelationships().add(id);
            }
        });
        for (NewRow row : newRows) {
            submission.newRelationships().add(new Submission.NewRelationship(row.type().getValue(),
                    row.actor().getValue() == null ? null : row.actor().getValue().actorId(), row.description().getValue()));
        }
        contactChoices.forEach((id, choice) -> {
            if (REMOVE.equals(choice.getValue())) {
                submission.removedContacts().add(id);
            } else if (CORRECT.equals(choice.getValue())) {
                TextField[] values = contactFields.get(id);
                submission.correctedContacts().put(id, new Submission.ContactChange(values[0].getValue(), values[1].getValue(),
                        values[2].getValue(), values[3].getValue()));
            }
        });
        try {
            FormCheck saved = form.submit(token, submission);
            show(saved, saved.status() == FormCheck.Status.SUBMITTED ? getTranslation("assessment.form.saved") : null);
        } catch (ValidationException invalid) {
            errors.show(invalid.getFieldErrors(), fields, field -> getTranslation("assessment.form.field"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.form.title") + " – Ekokartta";
    }
}
