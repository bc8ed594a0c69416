package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.ecosystem.RelationshipType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a self-assessment link opens: whether it may be used and, when it may, the actor's roles,
 * relationships and contacts, the questions and any earlier answer (to be replaced).
 */
public record FormCheck(Status status, int year, LocalDate closesOn, UUID actorId, LocalizedText actorName,
                        List<RoleItem> roles, List<RelationshipItem> relationships, List<ContactItem> contacts,
                        List<QuestionItem> questions, List<ActorChoice> otherActors, Submission previous) {

    public enum Status {
        /** The form may be filled in. */
        VALID,
        /** The answer was stored now. */
        SUBMITTED,
        /** Not a link of ours, or changed. */
        INVALID,
        /** Its last day has passed. */
        EXPIRED,
        /** The round has closed. */
        CLOSED,
        /** The answer has been reviewed; it can no longer be changed. */
        REVIEWED,
        /** The user is no longer active, or the actor was not invited. */
        REFUSED
    }

    public record RoleItem(UUID assignmentId, LocalizedText role, LocalizedText responsibilities) {
    }

    /** A relationship valid today; outgoing when the actor is its source. */
    public record RelationshipItem(UUID relationshipId, RelationshipType type, boolean outgoing, LocalizedText otherActor) {
    }

    public record ContactItem(UUID contactId, ContactDetails person) {
    }

    public record QuestionItem(UUID questionId, LocalizedText text, QuestionKind kind) {
    }

    public record ActorChoice(UUID actorId, LocalizedText name) {
    }

    static FormCheck refused(Status status) {
        return new FormCheck(status, 0, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
