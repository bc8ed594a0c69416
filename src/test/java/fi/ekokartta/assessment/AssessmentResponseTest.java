package fi.ekokartta.assessment;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RelationshipType;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.ecosystem.RoleFixture;
import fi.ekokartta.ecosystem.RoleRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Answering and reviewing: the form shows the actor's own roles, current relationships and
 * contacts; scale questions are required; a second answer before the review replaces the first;
 * applying changes the network in one go (assignment removed, relationship ended today, new one
 * from today, contact corrected and removed); rejecting changes nothing; a change whose entry is
 * gone meanwhile is a conflict that changes nothing; the token answers only for its own actor.
 */
class AssessmentResponseTest extends AbstractAppTest {

    @Autowired
    private AssessmentLinks links;
    @Autowired
    private AssessmentForm form;
    @Autowired
    private AssessmentReview review;
    @Autowired
    private AssessmentRoundRepository rounds;
    @Autowired
    private AssessmentInvitationRepository invitations;
    @Autowired
    private AssessmentResponseRepository responses;
    @Autowired
    private AssessmentQuestionRepository questions;
    @Autowired
    private ActorRelationshipRepository relationships;
    @Autowired
    private RoleRepository roles;
    @Autowired
    private RoleAssignmentRepository assignments;
    @Autowired
    private TargetGroupRepository targetGroups;
    @Autowired
    private JdbcTemplate jdbc;

    private final LocalDate today = FinnishDates.today();
    private String unique;
    private RoleFixture roleFixture;
    private Actor actor;
    private Actor partner;
    private Actor other;
    private RoleAssignment kept;
    private RoleAssignment ended;
    private RoleAssignment othersAssignment;
    private ActorRelationship outgoing;
    private ActorRelationship incoming;
    private ActorRelationship alreadyEnded;
    private UUID firstContact;
    private UUID secondContact;
    private AssessmentRound round;
    private String token;

    @BeforeEach
    void anActorWithRolesRelationshipsAndContactsInvitedToARound() {
        unique = EntryFixture.unique();
        AssessmentFixture fixture = new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc,
                this::deleteAfterTest);
        roleFixture = new RoleFixture(roles, assignments, targetGroups, jdbc, this::deleteAfterTest);
        actor = entries().actor("Arvioiva toimija " + unique, a -> {
            a.setSector(ActorSector.THIRD_SECTOR);
            ActorContact first = new ActorContact();
            first.setPerson(new ContactDetails("Testi Henkilö", "Ohjaaja", null, "testi.henkilo@example.org", "040 000 0001"));
            a.addContact(first);
            ActorContact second = new ActorContact();
            second.setPerson(new ContactDetails("Toinen Henkilö", "Koordinaattori", null, "toinen@example.org", null));
            a.addContact(second);
        });
        firstContact = actor.getContacts().get(0).getId();
        secondContact = actor.getContacts().get(1).getId();
        partner = entries().actor("Kumppanitoimija " + unique);
        other = entries().actor("Muu toimija " + unique);
        fixture.deleteRelationshipsAfterTest(actor, partner, other);
        TargetGroup group = roleFixture.targetGroup("Arviointiryhmä " + unique);
        Role role = roleFixture.role("Ohjaa nuoria " + unique);
        Role endedRole = roleFixture.role("Rahoittaa hankkeita " + unique);
        kept = roleFixture.assignment(role, actor, List.of(group), List.of(), "Pysyy.");
        ended = roleFixture.assignment(endedRole, actor, List.of(group), List.of(), "Päättyy.");
        othersAssignment = roleFixture.assignment(role, other, List.of(group), List.of(), "Toisen.");
        outgoing = fixture.relationship(actor, partner, RelationshipType.PARTNERS_WITH, null);
        incoming = fixture.relationship(other, actor, RelationshipType.FUNDS, null);
        alreadyEnded = fixture.relationship(actor, other, RelationshipType.REFERS_CLIENTS_TO, today.minusDays(10));
        UUID user = saveUser("vastaaja-" + unique, UserRole.MAINTAINER, actor);
        round = fixture.openRound();
        fixture.invitation(round, actor, 1);
        token = links.token(round.getId(), actor.getId(), user, round.getClosesOn());
    }

    @Test
    void the_form_shows_the_actors_own_roles_current_relationships_contacts_and_the_active_questions() {
        FormCheck check = form.check(token);

        assertThat(check.status()).isEqualTo(FormCheck.Status.VALID);
        assertThat(check.roles()).extracting(FormCheck.RoleItem::assignmentId).containsExactlyInAnyOrder(kept.getId(), ended.getId());
        assertThat(check.relationships()).extracting(FormCheck.RelationshipItem::relationshipId)
                .containsExactlyInAnyOrder(outgoing.getId(), incoming.getId());
        assertThat(check.relationships()).filteredOn(item -> item.relationshipId().equals(incoming.getId()))
                .singleElement().satisfies(item -> {
                    assertThat(item.outgoing()).isFalse();
                    assertThat(item.otherActor().getFi()).isEqualTo("Muu toimija " + unique);
                });
        assertThat(check.contacts()).extracting(FormCheck.ContactItem::contactId).containsExactly(firstContact, secondContact);
        assertThat(check.questions()).extracting(question -> question.text().getFi())
                .contains("Tunnemme ekosysteemin muiden toimijoiden palvelut.", "Mitä ekosysteemin pitäisi kehittää?");
        assertThat(check.otherActors()).extracting(FormCheck.ActorChoice::actorId).contains(partner.getId())
                .doesNotContain(actor.getId());
        assertThat(check.previous()).isNull();
    }

    @Test
    void every_scale_question_must_be_answered_from_1_to_5_and_nothing_is_stored_otherwise() {
        Submission missing = answers(3);
        UUID firstScale = scaleQuestions().getFirst();
        missing.scores().remove(firstScale);
        ValidationException invalid = assertThrows(ValidationException.class, () -> form.submit(token, missing));
        assertThat(invalid.getFieldErrors()).containsEntry("question." + firstScale, "assessment.error.score-required");

        Submission outOfRange = answers(3);
        outOfRange.scores().put(firstScale, 6);
        assertThrows(ValidationException.class, () -> form.submit(token, outOfRange));

        Submission tooLong = answers(3);
        textQuestions().forEach(id -> tooLong.texts().put(id, "x".repeat(2001)));
        assertThrows(ValidationException.class, () -> form.submit(token, tooLong));

        Submission badContact = answers(3);
        badContact.correctedContacts().put(firstContact, new Submission.ContactChange("Testi Henkilö", null, "ei-osoite", null));
        ValidationException contact = assertThrows(ValidationException.class, () -> form.submit(token, badContact));
        assertThat(contact.getFieldErrors()).containsEntry("contact." + firstContact + ".email", "assessment.error.email");

        Submission noActor = answers(3);
        noActor.newRelationships().add(new Submission.NewRelationship(RelationshipType.FUNDS, null, null));
        assertThrows(ValidationException.class, () -> form.submit(token, noActor));

        assertThat(storedResponses()).isZero();
        assertThat(form.check(token).previous()).isNull();
    }

    @Test
    void the_token_answers_only_for_its_own_actor() {
        Submission foreign = answers(4);
        foreign.removedAssignments().add(othersAssignment.getId());
        RejectedInputException refused = assertThrows(RejectedInputException.class, () -> form.submit(token, foreign));
        assertThat(refused.getMessageKey()).isEqualTo("assessment.error.unknown-entry");

        Submission endedBefore = answers(4);
        endedBefore.endedRelationships().add(alreadyEnded.getId());
        assertThrows(RejectedInputException.class, () -> form.submit(token, endedBefore));
        assertThat(storedResponses()).isZero();
    }

    @Test
    void a_second_answer_before_the_review_replaces_the_first() {
        Submission first = answers(2);
        first.removedAssignments().add(ended.getId());
        textQuestions().forEach(id -> first.texts().put(id, "Ensimmäinen vastaus"));
        assertThat(form.submit(token, first).status()).isEqualTo(FormCheck.Status.SUBMITTED);
        assertThat(jdbc.queryForObject("select answered_at is not null from assessment_invitation where actor_id = ?",
                Boolean.class, actor.getId())).isTrue();

        Submission second = answers(5);
        textQuestions().forEach(id -> second.texts().put(id, "Toinen vastaus"));
        form.submit(token, second);

        assertThat(storedResponses()).isEqualTo(1);
        Submission stored = form.check(token).previous();
        assertThat(stored.scores().values()).isNotEmpty().allMatch(score -> score == 5);
        assertThat(stored.texts().values()).containsOnly("Toinen vastaus");
        assertThat(stored.removedAssignments()).isEmpty();
    }

    @Test
    void applying_the_changes_updates_roles_relationships_and_contacts_at_once() {
        Submission submission = proposingEveryChange();
        form.submit(token, submission);
        UUID responseId = responseId();
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        AssessmentReview.Detail detail = review.detail(responseId);
        assertThat(detail.changes()).extracting(AssessmentReview.Change::kind).containsExactlyInAnyOrder(
                CorrectionKind.REMOVE_ASSIGNMENT, CorrectionKind.ASSIGNMENT_NOTE, CorrectionKind.END_RELATIONSHIP,
                CorrectionKind.NEW_RELATIONSHIP, CorrectionKind.CORRECT_CONTACT, CorrectionKind.REMOVE_CONTACT);
        assertThat(detail.changes()).filteredOn(change -> change.kind() == CorrectionKind.CORRECT_CONTACT).singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo("Testi Henkilö, Ohjaaja, testi.henkilo@example.org, 040 000 0001");
                    assertThat(change.after()).isEqualTo("Testi Henkilö, Palveluohjaaja, uusi.osoite@example.org");
                });
        review.apply(responseId, detail.version());

        assertThat(assignments.existsById(ended.getId())).isFalse();
        assertThat(assignments.existsById(kept.getId())).isTrue();
        assertThat(jdbc.queryForObject("select valid_to from actor_relationship where id = ?", LocalDate.class, outgoing.getId()))
                .isEqualTo(today);
        assertThat(jdbc.queryForObject("select valid_to is null from actor_relationship where id = ?", Boolean.class,
                incoming.getId())).isTrue();
        Map<String, Object> created = jdbc.queryForMap("""
                select type, valid_from, valid_to, description_fi from actor_relationship
                where source_id = ? and target_id = ? and type = 'COORDINATES'""", actor.getId(), other.getId());
        assertThat(created).containsEntry("valid_from", java.sql.Date.valueOf(today)).containsEntry("description_fi", "Yhteinen verkosto");
        assertThat(created.get("valid_to")).isNull();
        assertThat(jdbc.queryForMap("select person_name as name, person_title as title, person_email as email, person_phone as phone from actor_contact where id = ?", firstContact))
                .containsEntry("title", "Palveluohjaaja").containsEntry("email", "uusi.osoite@example.org").containsEntry("phone", null);
        assertThat(jdbc.queryForObject("select count(*) from actor_contact where id = ?", Long.class, secondContact)).isZero();
        assertThat(status()).isEqualTo("APPLIED");
        assertThat(jdbc.queryForObject("select reviewed_by from assessment_response where id = ?", String.class, responseId))
                .isEqualTo("koordinaattori-" + unique);
        assertThat(form.check(token).status()).as("reviewed: no more changes").isEqualTo(FormCheck.Status.REVIEWED);
        assertThat(form.submit(token, answers(1)).status()).isEqualTo(FormCheck.Status.REVIEWED);
    }

    @Test
    void rejecting_changes_nothing_but_the_response() {
        form.submit(token, proposingEveryChange());
        UUID responseId = responseId();
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        review.reject(responseId, review.detail(responseId).version(), "Tarkistetaan puhelimitse.");

        assertThat(assignments.existsById(ended.getId())).isTrue();
        assertThat(jdbc.queryForObject("select valid_to is null from actor_relationship where id = ?", Boolean.class,
                outgoing.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where source_id = ? and type = 'COORDINATES'",
                Long.class, actor.getId())).isZero();
        assertThat(jdbc.queryForObject("select person_title from actor_contact where id = ?", String.class, firstContact))
                .isEqualTo("Ohjaaja");
        assertThat(jdbc.queryForObject("select count(*) from actor_contact where id = ?", Long.class, secondContact)).isOne();
        assertThat(status()).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select review_comment from assessment_response where id = ?", String.class, responseId))
                .isEqualTo("Tarkistetaan puhelimitse.");
        assertThrows(RejectedInputException.class, () -> review.apply(responseId, review.detail(responseId).version()));
    }

    @Test
    void a_change_whose_entry_is_gone_meanwhile_is_a_conflict_and_nothing_is_applied() {
        form.submit(token, proposingEveryChange());
        UUID responseId = responseId();
        roleFixture.deleteAssignment(ended.getId());
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        long version = review.detail(responseId).version();

        RejectedInputException conflict = assertThrows(RejectedInputException.class, () -> review.apply(responseId, version));

        assertThat(conflict.getMessageKey()).isEqualTo("assessment.error.stale");
        assertThat(jdbc.queryForObject("select valid_to is null from actor_relationship where id = ?", Boolean.class,
                outgoing.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where source_id = ? and type = 'COORDINATES'",
                Long.class, actor.getId())).isZero();
        assertThat(jdbc.queryForObject("select person_title from actor_contact where id = ?", String.class, firstContact))
                .isEqualTo("Ohjaaja");
        assertThat(jdbc.queryForObject("select count(*) from actor_contact where id = ?", Long.class, secondContact)).isOne();
        assertThat(status()).isEqualTo("PENDING");
        assertThrows(fi.ekokartta.base.domain.ConflictException.class, () -> review.apply(responseId, version + 7));
    }

    private Submission proposingEveryChange() {
        Submission submission = answers(4);
        submission.removedAssignments().add(ended.getId());
        submission.assignmentNotes().put(kept.getId(), "Myös yli 30-vuotiaat.");
        submission.endedRelationships().add(outgoing.getId());
        submission.newRelationships().add(new Submission.NewRelationship(RelationshipType.COORDINATES, other.getId(),
                "Yhteinen verkosto"));
        submission.correctedContacts().put(firstContact, new Submission.ContactChange("Testi Henkilö", "Palveluohjaaja",
                "uusi.osoite@example.org", ""));
        submission.removedContacts().add(secondContact);
        return submission;
    }

    /** Every active scale question answered with the score. */
    private Submission answers(int score) {
        Submission submission = Submission.empty();
        scaleQuestions().forEach(id -> submission.scores().put(id, score));
        return submission;
    }

    private List<UUID> scaleQuestions() {
        return form.check(token).questions().stream().filter(question -> question.kind() == QuestionKind.SCALE)
                .map(FormCheck.QuestionItem::questionId).toList();
    }

    private List<UUID> textQuestions() {
        return form.check(token).questions().stream().filter(question -> question.kind() == QuestionKind.TEXT)
                .map(FormCheck.QuestionItem::questionId).toList();
    }

    private long storedResponses() {
        return jdbc.queryForObject("""
                select count(*) from assessment_response r join assessment_invitation i on i.id = r.invitation_id
                where i.actor_id = ?""", Long.class, actor.getId());
    }

    private UUID responseId() {
        return jdbc.queryForObject("""
                select r.id from assessment_response r join assessment_invitation i on i.id = r.invitation_id
                where i.actor_id = ?""", UUID.class, actor.getId());
    }

    private String status() {
        return jdbc.queryForObject("select status from assessment_response where id = ?", String.class, responseId());
    }
}
