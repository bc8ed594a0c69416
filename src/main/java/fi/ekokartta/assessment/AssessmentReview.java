package fi.ekokartta.assessment;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RelationshipType;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The coordinators' review of the answers: a response's proposed changes shown as they are now
 * and as proposed, applied all in one transaction ("Hyväksy muutokset": an assignment removed, a
 * relationship ended today, a new relationship from today, a contact corrected or removed) or
 * rejected with a comment, which changes nothing else. A change whose entry was removed or changed
 * meanwhile (an assignment deleted, a relationship already ended, a contact gone) is a conflict:
 * nothing is applied. Only coordinators see and review responses.
 */
@Service
@Transactional
public class AssessmentReview {

    /** A response as listed. */
    public record ResponseRow(UUID id, long version, LocalizedText actorName, String responderName, Instant submittedAt,
                              ReviewStatus status, int changes) {
    }

    /** One proposed change: what it is about, as it is now and as proposed. */
    public record Change(CorrectionKind kind, LocalizedText subject, String before, String after, RelationshipType type) {
    }

    /** One answer with its question. */
    public record Answer(LocalizedText question, QuestionKind kind, Integer score, String text) {
    }

    /** A response in full, for the review. */
    public record Detail(UUID id, long version, int year, LocalizedText actorName, String responderName, Instant submittedAt,
                         ReviewStatus status, String reviewedBy, Instant reviewedAt, String comment, List<Answer> answers,
                         List<Change> changes) {
    }

    private final AssessmentResponseRepository responses;
    private final AssessmentQuestionRepository questions;
    private final RoleAssignmentRepository assignments;
    private final ActorRelationshipRepository relationships;
    private final ActorRepository actors;
    private final EditingRights rights;
    private final CurrentUser currentUser;

    AssessmentReview(AssessmentResponseRepository responses, AssessmentQuestionRepository questions,
                     RoleAssignmentRepository assignments, ActorRelationshipRepository relationships, ActorRepository actors,
                     EditingRights rights, CurrentUser currentUser) {
        this.responses = responses;
        this.questions = questions;
        this.assignments = assignments;
        this.relationships = relationships;
        this.actors = actors;
        this.rights = rights;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ResponseRow> responses(UUID roundId) {
        if (!rights.isCoordinator()) {
            throw rights.refused("list self-assessment responses", roundId);
        }
        return responses.findByRound(roundId).stream()
                .map(response -> new ResponseRow(response.getId(), version(response), response.getInvitation().getActor().getName(),
                        response.getResponderName(), response.getSubmittedAt(), response.getStatus(),
                        (int) response.getCorrections().stream().count()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Detail detail(UUID responseId) {
        if (!rights.isCoordinator()) {
            throw rights.refused("read self-assessment response", responseId);
        }
        AssessmentResponse response = find(responseId);
        Map<UUID, AssessmentQuestion> asked = new java.util.HashMap<>();
        questions.findAll().forEach(question -> asked.put(question.getId(), question));
        List<Answer> answers = response.getAnswers().stream()
                .filter(answer -> asked.containsKey(answer.getQuestionId()))
                .sorted(java.util.Comparator.comparingInt(answer -> asked.get(answer.getQuestionId()).getPosition()))
                .map(answer -> new Answer(asked.get(answer.getQuestionId()).getText(), asked.get(answer.getQuestionId()).getKind(),
                        answer.getScore(), answer.getText()))
                .toList();
        Actor actor = response.getInvitation().getActor();
        List<Change> changes = response.getCorrections().stream().map(correction -> change(actor, correction)).toList();
        return new Detail(response.getId(), version(response), response.getInvitation().getRound().getYear(), actor.getName(),
                response.getResponderName(), response.getSubmittedAt(), response.getStatus(), response.getReviewedBy(),
                response.getReviewedAt(), response.getReviewComment(), answers, changes);
    }

    /** Applies every proposed change in one transaction; a stale one changes nothing ({@link RejectedInputException}). */
    public void apply(UUID responseId, long version) {
        if (!rights.isCoordinator()) {
            throw rights.refused("apply self-assessment response", responseId);
        }
        AssessmentResponse response = pending(responseId, version);
        Actor actor = actors.findForEditing(response.getInvitation().getActor().getId())
                .orElseThrow(() -> new RejectedInputException("assessment.error.stale"));
        LocalDate today = FinnishDates.today();
        for (AssessmentCorrection correction : response.getCorrections()) {
            switch (correction.getKind()) {
                case REMOVE_ASSIGNMENT -> assignments.delete(assignment(actor, correction.getTargetId()));
                case ASSIGNMENT_NOTE -> assignment(actor, correction.getTargetId());
                case END_RELATIONSHIP -> {
                    ActorRelationship relationship = relationship(actor, correction.getTargetId(), today);
                    relationship.setValidTo(relationship.getValidFrom() != null && relationship.getValidFrom().isAfter(today)
                            ? relationship.getValidFrom() : today);
                }
                case NEW_RELATIONSHIP -> {
                    Actor other = actors.findById(correction.getOtherActorId()).filter(Actor::isActive)
                            .orElseThrow(() -> new RejectedInputException("assessment.error.stale"));
                    ActorRelationship relationship = new ActorRelationship();
                    relationship.setSource(actor);
                    relationship.setTarget(other);
                    relationship.setType(correction.getRelationshipType());
                    relationship.setDescription(LocalizedText.of(correction.getNote()));
                    relationship.setValidFrom(today);
                    relationships.save(relationship);
                }
                case CORRECT_CONTACT -> {
                    ActorContact contact = contact(actor, correction.getTargetId());
                    ContactDetails was = contact.getPerson();
                    // A corrected number's extension is not known; an unchanged number keeps its own.
                    Integer extension = java.util.Objects.equals(was.getPhone(), correction.getPhone())
                            ? was.getPhoneExtension() : null;
                    contact.setPerson(new ContactDetails(correction.getName(), correction.getTitle(), was.getDepartment(),
                            correction.getEmail(), correction.getPhone(), extension));
                }
                case REMOVE_CONTACT -> actor.getContacts().remove(contact(actor, correction.getTargetId()));
            }
        }
        reviewed(response, ReviewStatus.APPLIED, null);
    }

    /** Rejects the response with a comment; the network stays as it is. */
    public void reject(UUID responseId, long version, String comment) {
        if (!rights.isCoordinator()) {
            throw rights.refused("reject self-assessment response", responseId);
        }
        String trimmed = AssessmentForm.trim(comment);
        if (trimmed != null && trimmed.length() > AssessmentAnswer.MAX_TEXT) {
            throw new ValidationException(Map.of("comment", "assessment.error.text-too-long"));
        }
        reviewed(pending(responseId, version), ReviewStatus.REJECTED, trimmed);
    }

    private void reviewed(AssessmentResponse response, ReviewStatus status, String comment) {
        response.setStatus(status);
        response.setReviewComment(comment);
        response.setReviewedAt(Instant.now());
        response.setReviewedBy(currentUser.username().orElse("?"));
    }

    private AssessmentResponse pending(UUID responseId, long version) {
        AssessmentResponse response = find(responseId);
        if (version(response) != version) {
            throw new ConflictException("Assessment response " + responseId, version, version(response), List.of());
        }
        if (response.getStatus() != ReviewStatus.PENDING) {
            throw new RejectedInputException("assessment.error.already-reviewed");
        }
        return response;
    }

    private AssessmentResponse find(UUID responseId) {
        return responses.findById(responseId).orElseThrow(() -> new RejectedInputException("assessment.error.response-not-found"));
    }

    private RoleAssignment assignment(Actor actor, UUID id) {
        return assignments.findById(id).filter(found -> found.getActor().getId().equals(actor.getId()))
                .orElseThrow(() -> new RejectedInputException("assessment.error.stale"));
    }

    private ActorRelationship relationship(Actor actor, UUID id, LocalDate today) {
        return relationships.findById(id)
                .filter(found -> found.getSource().getId().equals(actor.getId()) || found.getTarget().getId().equals(actor.getId()))
                .filter(found -> found.getValidTo() == null || !found.getValidTo().isBefore(today))
                .orElseThrow(() -> new RejectedInputException("assessment.error.stale"));
    }

    private static ActorContact contact(Actor actor, UUID id) {
        return actor.getContacts().stream().filter(found -> found.getId().equals(id)).findFirst()
                .orElseThrow(() -> new RejectedInputException("assessment.error.stale"));
    }

    private Change change(Actor actor, AssessmentCorrection correction) {
        return switch (correction.getKind()) {
            case REMOVE_ASSIGNMENT, ASSIGNMENT_NOTE -> {
                Optional<RoleAssignment> assignment = assignments.findById(correction.getTargetId());
                LocalizedText role = assignment.map(found -> found.getRole().getName()).orElse(null);
                yield new Change(correction.getKind(), role, null, correction.getNote(), null);
            }
            case END_RELATIONSHIP -> {
                Optional<ActorRelationship> relationship = relationships.findById(correction.getTargetId());
                LocalizedText other = relationship.map(found -> (found.getSource().getId().equals(actor.getId())
                        ? found.getTarget() : found.getSource()).getName()).orElse(null);
                yield new Change(correction.getKind(), other, null, null,
                        relationship.map(ActorRelationship::getType).orElse(null));
            }
            case NEW_RELATIONSHIP -> {
                LocalizedText other = actors.findById(correction.getOtherActorId()).map(Actor::getName).orElse(null);
                yield new Change(correction.getKind(), other, null, correction.getNote(), correction.getRelationshipType());
            }
            case CORRECT_CONTACT, REMOVE_CONTACT -> {
                Optional<ActorContact> contact = actor.getContacts().stream()
                        .filter(found -> found.getId().equals(correction.getTargetId())).findFirst();
                String before = contact.map(found -> details(found.getPerson().getName(), found.getPerson().getTitle(),
                        found.getPerson().getEmail(), found.getPerson().getPhone())).orElse(null);
                String after = correction.getKind() == CorrectionKind.REMOVE_CONTACT ? null
                        : details(correction.getName(), correction.getTitle(), correction.getEmail(), correction.getPhone());
                yield new Change(correction.getKind(), null, before, after, null);
            }
        };
    }

    private static String details(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList());
    }

    private static long version(AssessmentResponse response) {
        return response.getVersion() == null ? 0 : response.getVersion();
    }
}
