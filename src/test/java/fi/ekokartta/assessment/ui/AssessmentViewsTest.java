package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.assessment.AssessmentAnswer;
import fi.ekokartta.assessment.AssessmentCorrection;
import fi.ekokartta.assessment.AssessmentFixture;
import fi.ekokartta.assessment.AssessmentInvitationRepository;
import fi.ekokartta.assessment.AssessmentLinks;
import fi.ekokartta.assessment.AssessmentQuestion;
import fi.ekokartta.assessment.AssessmentQuestionRepository;
import fi.ekokartta.assessment.AssessmentResponseRepository;
import fi.ekokartta.assessment.AssessmentRound;
import fi.ekokartta.assessment.AssessmentRoundRepository;
import fi.ekokartta.assessment.QuestionKind;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.ecosystem.RoleFixture;
import fi.ekokartta.ecosystem.RoleRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form behind a self-assessment link (without signing in) and the coordinators' page: every
 * choice is a labelled radio group, every text field labelled; a missing score is shown and
 * nothing stored; an answer is stored and shown again; a changed link shows a message; the
 * coordinator sees the questions, the round and the response, and applies it from the dialog.
 */
class AssessmentViewsTest extends AbstractAppTest {

    @Autowired
    private AssessmentLinks links;
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
    private AssessmentFixture fixture;
    private Actor actor;
    private RoleAssignment assignment;
    private AssessmentRound round;
    private String token;

    @BeforeEach
    void anInvitedActor() {
        unique = EntryFixture.unique();
        fixture = new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc, this::deleteAfterTest);
        RoleFixture roleFixture = new RoleFixture(roles, assignments, targetGroups, jdbc, this::deleteAfterTest);
        actor = entries().actor("Lomaketoimija " + unique, a -> {
            ActorContact contact = new ActorContact();
            contact.setPerson(new ContactDetails("Testi Käyttäjä", "Neuvoja", null, "testi@example.org", null));
            a.addContact(contact);
        });
        Actor partner = entries().actor("Lomakekumppani " + unique);
        fixture.deleteRelationshipsAfterTest(actor, partner);
        fixture.relationship(actor, partner, fi.ekokartta.ecosystem.RelationshipType.PARTNERS_WITH, null);
        Role role = roleFixture.role("Lomakerooli " + unique);
        assignment = roleFixture.assignment(role, actor, List.of(roleFixture.targetGroup("Lomakeryhmä " + unique)), List.of(),
                "Tehtävä.");
        UUID user = saveUser("lomake-" + unique, UserRole.MAINTAINER, actor);
        round = fixture.openRound();
        fixture.invitation(round, actor, 1);
        token = links.token(round.getId(), actor.getId(), user, round.getClosesOn());
    }

    @Test
    void the_form_labels_every_choice_requires_the_scores_and_stores_the_answer() {
        UI.getCurrent().navigate("itsearvio/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Toimijan itsearviointi " + round.getYear());
        RadioButtonGroup<?> role = _get(RadioButtonGroup.class, spec -> spec.withLabel("Lomakerooli " + unique));
        assertThat(role.getValue()).isEqualTo(AssessmentFormView.HOLDS);
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Kumppani → Lomakekumppani " + unique));
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Testi Käyttäjä, Neuvoja, testi@example.org"));
        List<RadioButtonGroup> scales = _find(RadioButtonGroup.class).stream()
                .filter(group -> group.hasClassName("assessment-scale")).toList();
        assertThat(scales).isNotEmpty().allSatisfy(scale -> {
            assertThat(scale.getLabel()).isNotBlank();
            assertThat(scale.isRequiredIndicatorVisible()).isTrue();
        });
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Tunnemme ekosysteemin muiden toimijoiden palvelut."));
        _get(TextArea.class, spec -> spec.withLabel("Mitä ekosysteemin pitäisi kehittää?"));
        AssessmentFormView view = _get(AssessmentFormView.class);
        assertThat(_find(view, TextArea.class)).allSatisfy(area -> assertThat(area.getLabel()).isNotBlank());
        assertThat(_find(view, TextField.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        assertThat(_find(view, RadioButtonGroup.class)).allSatisfy(group -> assertThat(group.getLabel()).isNotBlank());

        _click(_get(Button.class, spec -> spec.withText("Lähetä vastaus")));
        assertThat(scales.getFirst().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from assessment_response r join assessment_invitation i "
                + "on i.id = r.invitation_id where i.actor_id = ?", Long.class, actor.getId())).isZero();

        for (RadioButtonGroup scale : _find(RadioButtonGroup.class).stream()
                .filter(group -> group.hasClassName("assessment-scale")).toList()) {
            _setValue(scale, 4);
        }
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Lomakerooli " + unique)), AssessmentFormView.ENDED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mitä ekosysteemin pitäisi kehittää?")), "Yhteiset koulutukset.");
        _click(_get(Button.class, spec -> spec.withText("Lähetä vastaus")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Kiitos! Vastaus on tallennettu."));
        assertThat(jdbc.queryForObject("select count(*) from assessment_correction c join assessment_response r on r.id = c.response_id "
                + "join assessment_invitation i on i.id = r.invitation_id where i.actor_id = ? and c.kind = 'REMOVE_ASSIGNMENT' "
                + "and c.target_id = ?", Long.class, actor.getId(), assignment.getId())).isOne();

        UI.getCurrent().navigate("itsearvio/" + token);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Lomakerooli " + unique)).getValue())
                .as("the stored answer is shown again").isEqualTo(AssessmentFormView.ENDED);
    }

    @Test
    void a_changed_link_shows_a_message_and_no_form() {
        UI.getCurrent().navigate("itsearvio/" + token.substring(0, token.length() - 3) + "xyz");

        assertThat(_get(H1.class).getText()).isEqualTo("Toimijan itsearviointi");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Linkki ei ole kelvollinen."));
        assertThat(_find(_get(AssessmentFormView.class), Button.class)).isEmpty();
    }

    @Test
    void the_coordinator_sees_questions_rounds_and_responses_and_applies_a_response() {
        AssessmentQuestion question = fixture.question("Näkymäkysymys " + unique, QuestionKind.SCALE, true);
        var invitation = invitations.find(round.getId(), actor.getId()).orElseThrow();
        fixture.response(invitation, List.of(new AssessmentAnswer(question.getId(), 2, null)),
                List.of(AssessmentCorrection.removeAssignment(assignment.getId())));
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        UI.getCurrent().navigate("hallinta/itsearvio");

        assertThat(_get(H1.class).getText()).isEqualTo("Toimijoiden itsearviointi");
        String page = _get(AssessmentAdminView.class).getElement().getTextRecursively();
        assertThat(page).contains("Näkymäkysymys " + unique, "Kierros " + round.getYear(), "Lomaketoimija " + unique,
                "Odottaa käsittelyä");
        _click(_find(Button.class, spec -> spec.withText("Avaa")).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Avaa vastaus: Lomaketoimija " + unique))
                .findFirst().orElseThrow());
        ResponseDialog dialog = _get(ResponseDialog.class);
        assertThat(_find(dialog, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()))
                .contains("Rooli päättyy: Lomakerooli " + unique + " → poistetaan", "Näkymäkysymys " + unique + ": 2");
        _click(_get(Button.class, spec -> spec.withText("Hyväksy muutokset")));

        assertThat(assignments.existsById(assignment.getId())).isFalse();
        assertThat(_get(AssessmentAdminView.class).getElement().getTextRecursively()).contains("Muutokset hyväksytty");
    }

    @Test
    void the_coordinator_opens_a_round_and_is_told_that_mail_is_off() {
        int year = AssessmentFixture.freeYear();
        fixture.deleteRoundAfterTest(year);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/itsearvio");

        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Vuosi")), year);
        _click(_get(Button.class, spec -> spec.withText("Avaa kierros ja lähetä kutsut")));

        String page = _get(AssessmentAdminView.class).getElement().getTextRecursively();
        assertThat(page).contains("Kierros " + year + " avattu:", "Sähköposti ei ole käytössä", "Kierros " + year)
                .doesNotContain("epäonnistui");
        assertThat(jdbc.queryForObject("select count(*) from assessment_invitation i join assessment_round r on r.id = i.round_id "
                + "where r.round_year = ? and i.actor_id = ?", Long.class, year, actor.getId())).isOne();
    }

    @Test
    void the_management_page_is_for_coordinators_only() {
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("hallinta/itsearvio");
        _assertNone(AssessmentAdminView.class);
    }
}
