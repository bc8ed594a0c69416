package fi.ekokartta.assessment;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RelationshipType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Rounds, invitations, responses, questions and relationships a test makes for itself, removed
 * after it (a round with everything under it). Rounds get a far-off year of their own, so tests
 * never meet the year's real round or each other's.
 */
public class AssessmentFixture {

    private final AssessmentRoundRepository rounds;
    private final AssessmentInvitationRepository invitations;
    private final AssessmentResponseRepository responses;
    private final AssessmentQuestionRepository questions;
    private final ActorRelationshipRepository relationships;
    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> deleteAfterTest;

    public AssessmentFixture(AssessmentRoundRepository rounds, AssessmentInvitationRepository invitations,
                             AssessmentResponseRepository responses, AssessmentQuestionRepository questions,
                             ActorRelationshipRepository relationships, JdbcTemplate jdbc, Consumer<Runnable> deleteAfterTest) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.responses = responses;
        this.questions = questions;
        this.relationships = relationships;
        this.jdbc = jdbc;
        this.deleteAfterTest = deleteAfterTest;
    }

    /** A year no other test uses (3000–8999). */
    public static int freeYear() {
        return ThreadLocalRandom.current().nextInt(3000, 9000);
    }

    /** Removes the year's round, made here or through the service, after the test. */
    public void deleteRoundAfterTest(int year) {
        deleteAfterTest.accept(() -> jdbc.update("delete from assessment_round where round_year = ?", year));
    }

    public AssessmentRound round(int year, LocalDate closesOn) {
        AssessmentRound round = new AssessmentRound();
        round.setYear(year);
        round.setOpenedAt(Instant.now());
        round.setClosesOn(closesOn);
        round.setOpenedBy("testi");
        AssessmentRound saved = rounds.save(round);
        deleteRoundAfterTest(year);
        return saved;
    }

    public AssessmentRound openRound() {
        return round(freeYear(), FinnishDates.today().plusDays(10));
    }

    public AssessmentInvitation invitation(AssessmentRound round, Actor actor, int recipients) {
        AssessmentInvitation invitation = new AssessmentInvitation();
        invitation.setRound(round);
        invitation.setActor(actor);
        invitation.setRecipientCount(recipients);
        invitation.setSentAt(Instant.now());
        return invitations.save(invitation);
    }

    /** A stored answer with the scores (question → score) and corrections. */
    public AssessmentResponse response(AssessmentInvitation invitation, List<AssessmentAnswer> answers,
                                       List<AssessmentCorrection> corrections) {
        AssessmentResponse response = new AssessmentResponse();
        response.setInvitation(invitation);
        response.setResponderName("Testi Vastaaja");
        response.setSubmittedAt(Instant.now());
        response.getAnswers().addAll(answers);
        response.getCorrections().addAll(corrections);
        invitation.setAnsweredAt(response.getSubmittedAt());
        invitations.save(invitation);
        return responses.save(response);
    }

    public AssessmentQuestion question(String text, QuestionKind kind, boolean active) {
        AssessmentQuestion question = new AssessmentQuestion();
        question.setText(LocalizedText.of(text));
        question.setKind(kind);
        question.setPosition(1000);
        question.setActive(active);
        AssessmentQuestion saved = questions.save(question);
        deleteAfterTest.accept(() -> deleteQuestion(saved.getId()));
        return saved;
    }

    public void deleteQuestion(UUID id) {
        jdbc.update("delete from assessment_answer where question_id = ?", id);
        jdbc.update("delete from assessment_question_aud where id = ?", id);
        jdbc.update("delete from assessment_question where id = ?", id);
    }

    /** A relationship from source to target; make it after both actors so it is removed before them. */
    public ActorRelationship relationship(Actor source, Actor target, RelationshipType type, LocalDate validTo) {
        ActorRelationship relationship = new ActorRelationship();
        relationship.setSource(source);
        relationship.setTarget(target);
        relationship.setType(type);
        relationship.setDescription(LocalizedText.of("Testisuhde"));
        relationship.setValidTo(validTo);
        return relationships.save(relationship);
    }

    /** Removes every relationship of the actors (also those the review made) after the test; call after making the actors. */
    public void deleteRelationshipsAfterTest(Actor... actors) {
        deleteAfterTest.accept(() -> {
            for (Actor actor : actors) {
                jdbc.update("delete from actor_relationship where source_id = ? or target_id = ?", actor.getId(), actor.getId());
            }
        });
    }
}
