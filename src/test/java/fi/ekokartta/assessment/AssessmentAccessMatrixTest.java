package fi.ekokartta.assessment;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.ecosystem.RoleFixture;
import fi.ekokartta.ecosystem.RoleRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may manage the self-assessment, every cell asserted both ways: an allowed operation
 * succeeds and changes the data, a refused one throws AccessDeniedException and leaves everything
 * as it was. Only coordinators manage questions, open rounds, remind and review; a maintainer of
 * the answering actor, counsellors, administrators and anonymous visitors may not. (Answering is
 * the token's: AssessmentResponseTest and AssessmentLinksTest.)
 */
class AssessmentAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER, COORDINATOR, ADMIN }

    enum Operation {
        LIST_QUESTIONS, CREATE_QUESTION, EDIT_QUESTION, DEACTIVATE_QUESTION, MOVE_QUESTION, LIST_ROUNDS, OPEN_ROUND, REMIND,
        READ_RESPONSE, APPLY, REJECT
    }

    @Autowired
    private AssessmentQuestions questionEditing;
    @Autowired
    private AssessmentRounds roundEditing;
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

    private String unique;
    private Actor actor;
    private AssessmentQuestion question;
    private AssessmentRound round;
    private AssessmentResponse response;
    private int newYear;

    @BeforeEach
    void aRoundWithAPendingResponse() {
        unique = EntryFixture.unique();
        AssessmentFixture fixture = new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc,
                this::deleteAfterTest);
        RoleFixture roleFixture = new RoleFixture(roles, assignments, targetGroups, jdbc, this::deleteAfterTest);
        actor = entries().actor("Matriisitoimija " + unique);
        Role role = roleFixture.role("Matriisirooli " + unique);
        RoleAssignment assignment = roleFixture.assignment(role, actor, List.of(roleFixture.targetGroup("Ryhmä " + unique)),
                List.of(), "Tehtävä.");
        question = fixture.question("Matriisikysymys " + unique, QuestionKind.SCALE, true);
        round = fixture.openRound();
        response = fixture.response(fixture.invitation(round, actor, 1), List.of(new AssessmentAnswer(question.getId(), 3, null)),
                List.of(AssessmentCorrection.removeAssignment(assignment.getId())));
        newYear = AssessmentFixture.freeYear();
        fixture.deleteRoundAfterTest(newYear);
        saveUser(username(Who.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Who.MAINTAINER), UserRole.MAINTAINER, actor);
        saveUser(username(Who.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Who.ADMIN), UserRole.ADMIN);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, LIST_QUESTIONS, false", "COUNSELLOR, LIST_QUESTIONS, false", "MAINTAINER, LIST_QUESTIONS, false",
            "COORDINATOR, LIST_QUESTIONS, true", "ADMIN, LIST_QUESTIONS, false",
            "ANONYMOUS, CREATE_QUESTION, false", "COUNSELLOR, CREATE_QUESTION, false", "MAINTAINER, CREATE_QUESTION, false",
            "COORDINATOR, CREATE_QUESTION, true", "ADMIN, CREATE_QUESTION, false",
            "ANONYMOUS, EDIT_QUESTION, false", "COUNSELLOR, EDIT_QUESTION, false", "MAINTAINER, EDIT_QUESTION, false",
            "COORDINATOR, EDIT_QUESTION, true", "ADMIN, EDIT_QUESTION, false",
            "ANONYMOUS, DEACTIVATE_QUESTION, false", "MAINTAINER, DEACTIVATE_QUESTION, false",
            "COORDINATOR, DEACTIVATE_QUESTION, true", "ADMIN, DEACTIVATE_QUESTION, false",
            "ANONYMOUS, MOVE_QUESTION, false", "MAINTAINER, MOVE_QUESTION, false", "COORDINATOR, MOVE_QUESTION, true",
            "ADMIN, MOVE_QUESTION, false",
            "ANONYMOUS, LIST_ROUNDS, false", "COUNSELLOR, LIST_ROUNDS, false", "MAINTAINER, LIST_ROUNDS, false",
            "COORDINATOR, LIST_ROUNDS, true", "ADMIN, LIST_ROUNDS, false",
            "ANONYMOUS, OPEN_ROUND, false", "COUNSELLOR, OPEN_ROUND, false", "MAINTAINER, OPEN_ROUND, false",
            "COORDINATOR, OPEN_ROUND, true", "ADMIN, OPEN_ROUND, false",
            "ANONYMOUS, REMIND, false", "COUNSELLOR, REMIND, false", "MAINTAINER, REMIND, false", "COORDINATOR, REMIND, true",
            "ADMIN, REMIND, false",
            "ANONYMOUS, READ_RESPONSE, false", "COUNSELLOR, READ_RESPONSE, false", "MAINTAINER, READ_RESPONSE, false",
            "COORDINATOR, READ_RESPONSE, true", "ADMIN, READ_RESPONSE, false",
            "ANONYMOUS, APPLY, false", "COUNSELLOR, APPLY, false", "MAINTAINER, APPLY, false", "COORDINATOR, APPLY, true",
            "ADMIN, APPLY, false",
            "ANONYMOUS, REJECT, false", "COUNSELLOR, REJECT, false", "MAINTAINER, REJECT, false", "COORDINATOR, REJECT, true",
            "ADMIN, REJECT, false",
    })
    void access(Who who, Operation operation, boolean allowed) {
        Map<String, Object> before = snapshot();
        signIn(who);
        try {
            Runnable action = action(operation);
            if (allowed) {
                action.run();
                if (changes(operation)) {
                    assertThat(snapshot()).isNotEqualTo(before);
                }
            } else {
                assertThrows(AccessDeniedException.class, action::run);
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            logout();
        }
    }

    private static boolean changes(Operation operation) {
        // Reminders change the invitations only when mail is on (AssessmentRoundTest); the tests' application has none.
        return operation != Operation.LIST_QUESTIONS && operation != Operation.LIST_ROUNDS
                && operation != Operation.READ_RESPONSE && operation != Operation.REMIND;
    }

    private Runnable action(Operation operation) {
        long questionVersion = questions.findById(question.getId()).orElseThrow().getVersion();
        long responseVersion = responses.findById(response.getId()).orElseThrow().getVersion();
        return switch (operation) {
            case LIST_QUESTIONS -> () -> assertThat(questionEditing.all()).isNotEmpty();
            case CREATE_QUESTION -> () -> {
                var id = questionEditing.create(new QuestionContent(LocalizedText.of("Uusi " + unique), QuestionKind.TEXT));
                deleteAfterTest(() -> new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc,
                        runnable -> { }).deleteQuestion(id));
            };
            case EDIT_QUESTION -> () -> questionEditing.update(question.getId(), questionVersion,
                    new QuestionContent(LocalizedText.of("Muutettu " + unique), QuestionKind.SCALE));
            case DEACTIVATE_QUESTION -> () -> questionEditing.setActive(question.getId(), questionVersion, false);
            case MOVE_QUESTION -> () -> questionEditing.move(question.getId(), -1);
            case LIST_ROUNDS -> () -> assertThat(roundEditing.overviews()).isNotEmpty();
            case OPEN_ROUND -> () -> roundEditing.open(newYear, FinnishDates.today().plusDays(5));
            case REMIND -> () -> roundEditing.remind(round.getId());
            case READ_RESPONSE -> () -> assertThat(review.detail(response.getId()).changes()).hasSize(1);
            case APPLY -> () -> review.apply(response.getId(), responseVersion);
            case REJECT -> () -> review.reject(response.getId(), responseVersion, "Ei.");
        };
    }

    /** What the operations could change: the questions, the rounds, the invitations, the response and the assignment. */
    private Map<String, Object> snapshot() {
        return Map.of(
                "questions", jdbc.queryForList("select id, text_fi, kind, position, active, version from assessment_question order by id"),
                "rounds", jdbc.queryForList("select round_year from assessment_round order by round_year"),
                "invitations", jdbc.queryForList("select id, reminded_at, sent_at from assessment_invitation where round_id = ? order by id",
                        round.getId()),
                "response", jdbc.queryForList("select status, review_comment, version from assessment_response where id = ?",
                        response.getId()),
                "assignments", jdbc.queryForList("select id from role_assignment where actor_id = ?", actor.getId()));
    }

    private void signIn(Who who) {
        switch (who) {
            case ANONYMOUS -> logout();
            case COUNSELLOR -> login(username(who), UserRole.COUNSELLOR);
            case MAINTAINER -> login(username(who), UserRole.MAINTAINER);
            case COORDINATOR -> login(username(who), UserRole.COORDINATOR);
            case ADMIN -> login(username(who), UserRole.ADMIN);
        }
    }

    private String username(Who who) {
        return who.name().toLowerCase().replace('_', '-') + "-itsearvio-" + unique;
    }
}
