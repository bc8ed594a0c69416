package fi.ekokartta.assessment;

import fi.ekokartta.ecosystem.RelationshipType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/**
 * One change the responder proposes ({@link CorrectionKind}); the target is the assignment,
 * relationship or contact it is about, the other fields as the kind needs.
 */
@Embeddable
public class AssessmentCorrection {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CorrectionKind kind;
    @Column(name = "target_id")
    private UUID targetId;
    @Column(name = "note", length = AssessmentAnswer.MAX_TEXT)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type")
    private RelationshipType relationshipType;
    @Column(name = "other_actor_id")
    private UUID otherActorId;
    @Column(name = "name")
    private String name;
    @Column(name = "title")
    private String title;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;

    protected AssessmentCorrection() {
    }

    private AssessmentCorrection(CorrectionKind kind, UUID targetId) {
        this.kind = kind;
        this.targetId = targetId;
    }

    public static AssessmentCorrection removeAssignment(UUID assignmentId) {
        return new AssessmentCorrection(CorrectionKind.REMOVE_ASSIGNMENT, assignmentId);
    }

    public static AssessmentCorrection assignmentNote(UUID assignmentId, String note) {
        AssessmentCorrection correction = new AssessmentCorrection(CorrectionKind.ASSIGNMENT_NOTE, assignmentId);
        correction.note = note;
        return correction;
    }

    public static AssessmentCorrection endRelationship(UUID relationshipId) {
        return new AssessmentCorrection(CorrectionKind.END_RELATIONSHIP, relationshipId);
    }

    public static AssessmentCorrection newRelationship(RelationshipType type, UUID otherActorId, String description) {
        AssessmentCorrection correction = new AssessmentCorrection(CorrectionKind.NEW_RELATIONSHIP, null);
        correction.relationshipType = type;
        correction.otherActorId = otherActorId;
        correction.note = description;
        return correction;
    }

    public static AssessmentCorrection correctContact(UUID contactId, String name, String title, String email, String phone) {
        AssessmentCorrection correction = new AssessmentCorrection(CorrectionKind.CORRECT_CONTACT, contactId);
        correction.name = name;
        correction.title = title;
        correction.email = email;
        correction.phone = phone;
        return correction;
    }

    public static AssessmentCorrection removeContact(UUID contactId) {
        return new AssessmentCorrection(CorrectionKind.REMOVE_CONTACT, contactId);
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public UUID getTargetId() {
        return targetId;
    }

    public String getNote() {
        return note;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public UUID getOtherActorId() {
        return otherActorId;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
