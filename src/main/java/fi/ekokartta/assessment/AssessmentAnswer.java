package fi.ekokartta.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** The answer to one question: a score 1–5 or a text. */
@Embeddable
public class AssessmentAnswer {

    public static final int MAX_TEXT = 2000;

    @Column(name = "question_id", nullable = false)
    private UUID questionId;
    @Column(name = "score")
    private Integer score;
    @Column(name = "answer_text", length = MAX_TEXT)
    private String text;

    protected AssessmentAnswer() {
    }

    public AssessmentAnswer(UUID questionId, Integer score, String text) {
        this.questionId = questionId;
        this.score = score;
        this.text = text;
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public Integer getScore() {
        return score;
    }

    public String getText() {
        return text;
    }
}
