package fi.ekokartta.assessment;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.assessment.FormCheck.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The form behind a self-assessment link, without signing in: the signed token is the permission,
 * and only for the round and actor it names, while the round is open and the user it was sent to
 * is active. Opening it only reads. Submitting stores the answer for review (PENDING); submitting
 * again before the review replaces it; after the review or the round's end it is refused.
 * Scale questions must be answered (1–5), text questions may be left empty.
 */
@Service
@Transactional
public class AssessmentForm {

    /** The form's address, followed by the token. */
    public static final String ROUTE = "itsearvio";

    static final int MAX_FIELD = 255;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(AssessmentForm.class);

    private final AssessmentLinks links;
    private final AssessmentRoundRepository rounds;
    private final AssessmentInvitationRepository invitations;
    private final AssessmentResponseRepository responses;
    private final AssessmentQuestionRepository questions;
    private final RoleAssignmentRepository assignments;
    private final ActorRelationshipRepository relationships;
    private final ActorRepository actors;
    private final AppUserRepository users;

    AssessmentForm(AssessmentLinks links, AssessmentRoundRepository rounds, AssessmentInvitationRepository invitations,
                   AssessmentResponseRepository responses, AssessmentQuestionRepository questions,
                   RoleAssignmentRepository assignments, ActorRelationshipRepository relationships, ActorRepository actors,
                   AppUserRepository users) {
        this.links = links;
        this.rounds = rounds;
        this.invitations = invitations;
        this.responses = responses;
        this.questions = questions;
        this.assignments = assignments;
        this.relationships = relationships;
        this.actors = actors;
        this.users = users;
    }

    private record Usable(Status status, AssessmentInvitation invitation, AppUser user, AssessmentResponse response) {
    }

    /** Whether the link may be used, and the form's content; changes nothing. */
    @Transactional(readOnly = true)
    public FormCheck check(String token) {
        Usable usable = usable(token);
        if (usable.status() != Status.VALID) {
            return FormCheck.refused(usable.status());
        }
        return form(Status.VALID, usable.invitation(), usable.response());
    }

    /** Stores the answer for review, replacing an earlier one not yet reviewed. */
    public FormCheck submit(String token, Submission submission) {
        Usable usable = usable(token);
        if (usable.status() != Status.VALID) {
            return FormCheck.refused(usable.status());
        }
        AssessmentInvitation invitation = usable.invitation();
        Actor actor = invitation.getActor();
        List<AssessmentQuestion> active = questions.findActiveInOrder();
        validate(submission, actor, active);
        AssessmentResponse response = usable.response() != null ? usable.response() : new AssessmentResponse();
        response.setInvitation(invitation);
        response.setResponderId(usable.user().getId());
        response.setResponderName(usable.user().getDisplayName() == null || usable.user().getDisplayName().isBlank()
                ? usable.user().getUsername() : usable.user().getDisplayName());
        response.setSubmittedAt(Instant.now());
        response.setStatus(ReviewStatus.PENDING);
        response.getAnswers().clear();
        for (AssessmentQuestion question : active) {
            if (question.getKind() == QuestionKind.SCALE) {
                response.getAnswers().add(new AssessmentAnswer(question.getId(), submission.scores().get(question.getId()), null));
            } else {
                String text = trim(submission.texts().get(question.getId()));
                if (text != null) {
                    response.getAnswers().add(new AssessmentAnswer(question.getId(), null, text));
                }
            }
        }
        response.getCorrections().clear();
        submission.removedAssignments().forEach(id -> response.getCorrections().add(AssessmentCorrection.removeAssignment(id)));
        submission.assignmentNotes().forEach((id, note) -> {
            if (trim(note) != null && !submission.removedAssignments().contains(id)) {
                response.getCorrections().add(AssessmentCorrection.assignmentNote(id, trim(note)));
            }
        });
        submission.endedRelationships().forEach(id -> response.getCorrections().add(AssessmentCorrection.endRelationship(id)));
        submission.newRelationships().forEach(proposed -> response.getCorrections().add(AssessmentCorrection.newRelationship(
                proposed.type(), proposed.otherActorId(), trim(proposed.description()))));
        submission.removedContacts().forEach(id -> response.getCorrections().add(AssessmentCorrection.removeContact(id)));
        submission.correctedContacts().forEach((id, change) -> {
            if (!submission.removedContacts().contains(id)) {
                response.getCorrections().add(AssessmentCorrection.correctContact(id, trim(change.name()),
                        trim(change.title()), trim(change.email()), trim(change.phone())));
            }
        });
        responses.save(response);
        invitation.setAnsweredAt(response.getSubmittedAt());
        return form(Status.SUBMITTED, invitation, response);
    }

    private Usable usable(String token) {
        AssessmentLinks.Claim claim = links.verify(token).orElse(null);
        if (claim == null) {
            log.warn("Refused: a self-assessment link that is not valid");
            return new Usable(Status.INVALID, null, null, null);
        }
        LocalDate today = FinnishDates.today();
        if (claim.lastDay().isBefore(today)) {
            return new Usable(Status.EXPIRED, null, null, null);
        }
        AssessmentInvitation invitation = invitations.find(claim.roundId(), claim.actorId()).orElse(null);
        AppUser user = users.findById(claim.userId()).filter(AppUser::isEnabled).orElse(null);
        if (invitation == null || user == null) {
            return new Usable(Status.REFUSED, null, null, null);
        }
        if (!invitation.getRound().isOpenOn(today)) {
            return new Usable(Status.CLOSED, null, null, null);
        }
        AssessmentResponse response = responses.findByInvitationId(invitation.getId()).orElse(null);
        if (response != null && response.getStatus() != ReviewStatus.PENDING) {
            return new Usable(Status.REVIEWED, null, null, null);
        }
        return new Usable(Status.VALID, invitation, user, response);
    }

    private FormCheck form(Status status, AssessmentInvitation invitation, AssessmentResponse response) {
        Actor actor = invitation.getActor();
        LocalDate today = FinnishDates.today();
        List<FormCheck.RoleItem> roles = assignments.findByActor(actor.getId()).stream()
                .map(assignment -> new FormCheck.RoleItem(assignment.getId(), assignment.getRole().getName(),
                        assignment.getResponsibilities()))
                .toList();
        List<FormCheck.RelationshipItem> links = relationships.findInvolving(actor.getId()).stream()
                .filter(relationship -> relationship.isValidOn(today))
                .map(relationship -> {
                    boolean outgoing = relationship.getSource().getId().equals(actor.getId());
                    return new FormCheck.RelationshipItem(relationship.getId(), relationship.getType(), outgoing,
                            (outgoing ? relationship.getTarget() : relationship.getSource()).getName());
                })
                .toList();
        List<FormCheck.ContactItem> contacts = actor.getContacts().stream()
                .map(contact -> new FormCheck.ContactItem(contact.getId(), contact.getPerson())).toList();
        List<FormCheck.QuestionItem> asked = questions.findActiveInOrder().stream()
                .map(question -> new FormCheck.QuestionItem(question.getId(), question.getText(), question.getKind())).toList();
        List<FormCheck.ActorChoice> others = actors.findActiveByName().stream()
                .filter(other -> !other.getId().equals(actor.getId()))
                .map(other -> new FormCheck.ActorChoice(other.getId(), other.getName())).toList();
        AssessmentRound round = invitation.getRound();
        return new FormCheck(status, round.getYear(), round.getClosesOn(), actor.getId(), actor.getName(), roles, links,
                contacts, asked, others, response == null ? null : previous(response));
    }

    /** The stored answer as a submission, for filling the form in again. */
    static Submission previous(AssessmentResponse response) {
        Submission previous = Submission.empty();
        for (AssessmentAnswer answer : response.getAnswers()) {
            if (answer.getScore() != null) {
                previous.scores().put(answer.getQuestionId(), answer.getScore());
            }
            if (answer.getText() != null) {
                previous.texts().put(answer.getQuestionId(), answer.getText());
            }
        }
        for (AssessmentCorrection correction : response.getCorrections()) {
            switch (correction.getKind()) {
                case REMOVE_ASSIGNMENT -> previous.removedAssignments().add(correction.getTargetId());
                case ASSIGNMENT_NOTE -> previous.assignmentNotes().put(correction.getTargetId(), correction.getNote());
                case END_RELATIONSHIP -> previous.endedRelationships().add(correction.getTargetId());
                case NEW_RELATIONSHIP -> previous.newRelationships().add(new Submission.NewRelationship(
                        correction.getRelationshipType(), correction.getOtherActorId(), correction.getNote()));
                case CORRECT_CONTACT -> previous.correctedContacts().put(correction.getTargetId(), new Submission.ContactChange(
                        correction.getName(), correction.getTitle(), correction.getEmail(), correction.getPhone()));
                case REMOVE_CONTACT -> previous.removedContacts().add(correction.getTargetId());
            }
        }
        return previous;
    }

    private void validate(Submission submission, Actor actor, List<AssessmentQuestion> active) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (AssessmentQuestion question : active) {
            if (question.getKind() == QuestionKind.SCALE) {
                Integer score = submission.scores().get(question.getId());
                if (score == null || score < 1 || score > 5) {
                    errors.put("question." + question.getId(), "assessment.error.score-required");
                }
            } else {
                String text = trim(submission.texts().get(question.getId()));
                if (text != null && text.length() > AssessmentAnswer.MAX_TEXT) {
                    errors.put("question." + question.getId(), "assessment.error.text-too-long");
                }
            }
        }
        Set<UUID> ownAssignments = new HashSet<>(assignments.findByActor(actor.getId()).stream().map(RoleAssignment::getId).toList());
        LocalDate today = FinnishDates.today();
        Set<UUID> ownRelationships = new HashSet<>(relationships.findInvolving(actor.getId()).stream()
                .filter(relationship -> relationship.isValidOn(today)).map(ActorRelationship::getId).toList());
        Set<UUID> ownContacts = new HashSet<>(actor.getContacts().stream().map(ActorContact::getId).toList());
        if (!ownAssignments.containsAll(submission.removedAssignments())
                || !ownAssignments.containsAll(submission.assignmentNotes().keySet())
                || !ownRelationships.containsAll(submission.endedRelationships())
                || !ownContacts.containsAll(submission.removedContacts())
                || !ownContacts.containsAll(submission.correctedContacts().keySet())) {
            log.warn("Refused: a self-assessment of actor {} naming entries of another actor", actor.getId());
            throw new RejectedInputException("assessment.error.unknown-entry");
        }
        submission.assignmentNotes().forEach((id, note) -> {
            if (note != null && note.strip().length() > AssessmentAnswer.MAX_TEXT) {
                errors.put("assignment." + id, "assessment.error.text-too-long");
            }
        });
        for (int i = 0; i < submission.newRelationships().size(); i++) {
            Submission.NewRelationship proposed = submission.newRelationships().get(i);
            Actor other = proposed.otherActorId() == null ? null : actors.findById(proposed.otherActorId()).orElse(null);
            if (proposed.type() == null) {
                errors.put("new." + i + ".type", "assessment.error.relationship-type-required");
            }
            if (other == null || !other.isActive() || other.getId().equals(actor.getId())) {
                errors.put("new." + i + ".actor", "assessment.error.relationship-actor-required");
            }
            if (proposed.description() != null && proposed.description().strip().length() > AssessmentAnswer.MAX_TEXT) {
                errors.put("new." + i + ".description", "assessment.error.text-too-long");
            }
        }
        submission.correctedContacts().forEach((id, change) -> {
            if (submission.removedContacts().contains(id)) {
                return;
            }
            if (trim(change.name()) == null && trim(change.title()) == null) {
                errors.put("contact." + id + ".name", "assessment.error.contact-name-required");
            }
            for (String value : new String[]{change.name(), change.title(), change.email(), change.phone()}) {
                if (value != null && value.strip().length() > MAX_FIELD) {
                    errors.put("contact." + id + ".name", "assessment.error.field-too-long");
                }
            }
            if (trim(change.email()) != null && !EMAIL.matcher(change.email().strip()).matches()) {
                errors.put("contact." + id + ".email", "assessment.error.email");
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
