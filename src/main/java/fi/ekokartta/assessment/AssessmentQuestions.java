package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coordinators' questions: add, change, reorder, deactivate and activate. Only coordinators;
 * everyone else is refused and nothing changes. A question is never deleted, so the earlier
 * years' figures keep their wording.
 */
@Service
@Transactional
public class AssessmentQuestions {

    static final int MAX_TEXT = 500;

    /** A question as listed. */
    public record Row(UUID id, long version, LocalizedText text, QuestionKind kind, int position, boolean active) {
    }

    private final AssessmentQuestionRepository questions;
    private final EditingRights rights;

    AssessmentQuestions(AssessmentQuestionRepository questions, EditingRights rights) {
        this.questions = questions;
        this.rights = rights;
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return rights.isCoordinator();
    }

    /** Every question in order, inactive ones included; coordinators only. */
    @Transactional(readOnly = true)
    public List<Row> all() {
        if (!rights.isCoordinator()) {
            throw rights.refused("list self-assessment questions", null);
        }
        return questions.findAllInOrder().stream().map(AssessmentQuestions::row).toList();
    }

    public UUID create(QuestionContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("create self-assessment question", null);
        }
        validate(content);
        AssessmentQuestion question = new AssessmentQuestion();
        question.setPosition(questions.findAllInOrder().stream().mapToInt(AssessmentQuestion::getPosition).max().orElse(-1) + 1);
        apply(question, content);
        return questions.save(question).getId();
    }

    public void update(UUID id, long version, QuestionContent content) {
        AssessmentQuestion question = editable(id, version, "edit self-assessment question");
        validate(content);
        apply(question, content);
    }

    public void setActive(UUID id, long version, boolean active) {
        editable(id, version, active ? "activate self-assessment question" : "deactivate self-assessment question")
                .setActive(active);
    }

    /** Moves the question one place up (-1) or down (+1); at either end nothing moves. */
    public void move(UUID id, int direction) {
        if (!rights.isCoordinator()) {
            throw rights.refused("reorder self-assessment questions", id);
        }
        List<AssessmentQuestion> ordered = new java.util.ArrayList<>(questions.findAllInOrder());
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(id)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new RejectedInputException("assessment.error.question-not-found");
        }
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        ordered.add(other, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i) {
                ordered.get(i).setPosition(i);
            }
        }
    }

    private AssessmentQuestion editable(UUID id, long version, String operation) {
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, id);
        }
        AssessmentQuestion question = questions.findById(id)
                .orElseThrow(() -> new RejectedInputException("assessment.error.question-not-found"));
        long current = question.getVersion() == null ? 0 : question.getVersion();
        if (current != version) {
            throw new ConflictException("Assessment question " + id, version, current, List.of());
        }
        return question;
    }

    private static void validate(QuestionContent content) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalizedText text = content.text() == null ? new LocalizedText() : content.text();
        if (text.in("fi").isEmpty()) {
            errors.put("text.fi", "assessment.error.question-text-required");
        }
        for (String language : List.of("fi", "sv", "en")) {
            text.in(language).filter(value -> value.strip().length() > MAX_TEXT)
                    .ifPresent(value -> errors.put("text." + language, "assessment.error.question-text-too-long"));
        }
        if (content.kind() == null) {
            errors.put("kind", "assessment.error.question-kind-required");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void apply(AssessmentQuestion question, QuestionContent content) {
        LocalizedText text = content.text();
        question.setText(new LocalizedText(trim(text.getFi()), trim(text.getSv()), trim(text.getEn())));
        question.setKind(content.kind());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Row row(AssessmentQuestion question) {
        return new Row(question.getId(), question.getVersion() == null ? 0 : question.getVersion(), question.getText(),
                question.getKind(), question.getPosition(), question.isActive());
    }
}
