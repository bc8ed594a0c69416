package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;

/** A question of the self-assessment, in three languages; deactivated ones stay for the earlier years' figures. */
@Entity
@Audited
public class AssessmentQuestion extends BaseEntity {

    @Embedded
    private LocalizedText text = new LocalizedText();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind = QuestionKind.SCALE;
    private int position;
    private boolean active = true;

    public LocalizedText getText() {
        return text == null ? (text = new LocalizedText()) : text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
