package fi.ekokartta.assessment;

import com.vaadin.flow.component.UI;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The self-assessment in figures against known answers over two years: invited (with a
 * recipient) and answered, the response rate, each scale question's average overall and per
 * sector; and on the public /ekosysteemi page only these aggregates, never free text or who answered.
 */
class AssessmentSummaryTest extends AbstractAppTest {

    @Autowired
    private AssessmentSummary summary;
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
    private JdbcTemplate jdbc;

    private String unique;
    private AssessmentQuestion first;
    private AssessmentQuestion second;
    private int earlier;
    private int later;

    @BeforeEach
    void twoYearsOfAnswers() {
        unique = EntryFixture.unique();
        AssessmentFixture fixture = new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc,
                this::deleteAfterTest);
        Actor city = entries().actor("Kaupunki " + unique, actor -> actor.setSector(ActorSector.MUNICIPALITY));
        Actor association = entries().actor("Yhdistys " + unique, actor -> actor.setSector(ActorSector.THIRD_SECTOR));
        Actor unreachable = entries().actor("Tavoittamaton " + unique, actor -> actor.setSector(ActorSector.THIRD_SECTOR));
        Actor school = entries().actor("Oppilaitos " + unique, actor -> actor.setSector(ActorSector.EDUCATION));
        first = fixture.question("Yhteistyö toimii " + unique, QuestionKind.SCALE, true);
        second = fixture.question("Tieto kulkee " + unique, QuestionKind.SCALE, true);
        AssessmentQuestion open = fixture.question("Mitä kehittäisit " + unique, QuestionKind.TEXT, true);
        earlier = AssessmentFixture.freeYear();
        later = earlier + 1 >= 9000 ? earlier - 1 : earlier + 1;
        if (later < earlier) {
            int swap = earlier;
            earlier = later;
            later = swap;
        }
        AssessmentRound one = fixture.round(earlier, LocalDate.of(earlier, 3, 31));
        fixture.response(fixture.invitation(one, city, 1), List.of(new AssessmentAnswer(first.getId(), 4, null),
                new AssessmentAnswer(second.getId(), 2, null)), List.of());
        fixture.response(fixture.invitation(one, association, 1), List.of(new AssessmentAnswer(first.getId(), 2, null),
                new AssessmentAnswer(second.getId(), 5, null), new AssessmentAnswer(open.getId(), null, "Salainen vapaa teksti")),
                List.of());
        fixture.invitation(one, unreachable, 0);
        fixture.invitation(one, school, 2);
        AssessmentRound two = fixture.round(later, LocalDate.of(later, 3, 31));
        fixture.response(fixture.invitation(two, city, 1), List.of(new AssessmentAnswer(first.getId(), 5, null)), List.of());
        fixture.response(fixture.invitation(two, association, 1), List.of(new AssessmentAnswer(first.getId(), 5, null),
                new AssessmentAnswer(second.getId(), 3, null)), List.of());
    }

    @Test
    void response_rates_and_averages_per_question_and_sector_year_over_year() {
        List<AssessmentSummary.RoundFigures> mine = summary.rounds().stream()
                .filter(round -> round.year() == earlier || round.year() == later).toList();
        assertThat(mine).extracting(AssessmentSummary.RoundFigures::year).containsExactly(earlier, later);

        AssessmentSummary.RoundFigures one = mine.get(0);
        assertThat(one.invited()).as("the actor without a recipient is not counted").isEqualTo(3);
        assertThat(one.answered()).isEqualTo(2);
        assertThat(one.percent()).isCloseTo(66.67, within(0.01));
        assertThat(average(one, first)).isEqualTo(3.0);
        assertThat(average(one, second)).isEqualTo(3.5);
        assertThat(one.questions()).filteredOn(q -> q.questionId().equals(first.getId())).singleElement()
                .satisfies(q -> assertThat(q.answers()).isEqualTo(2));
        assertThat(one.sectors()).filteredOn(s -> s.questionId().equals(first.getId()))
                .extracting(AssessmentSummary.SectorAverage::sector, AssessmentSummary.SectorAverage::average,
                        AssessmentSummary.SectorAverage::answers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActorSector.MUNICIPALITY, 4.0, 1L),
                        org.assertj.core.groups.Tuple.tuple(ActorSector.THIRD_SECTOR, 2.0, 1L));

        AssessmentSummary.RoundFigures two = mine.get(1);
        assertThat(two.invited()).isEqualTo(2);
        assertThat(two.answered()).isEqualTo(2);
        assertThat(two.percent()).isEqualTo(100.0);
        assertThat(average(two, first)).isEqualTo(5.0);
        assertThat(average(two, second)).isEqualTo(3.0);
    }

    @Test
    void the_public_ecosystem_page_shows_the_aggregates_only() {
        UI.getCurrent().navigate("ekosysteemi");
        String page = com.github.mvysny.kaributesting.v10.LocatorJ._get(fi.ekokartta.ecosystem.ui.EcosystemMetricsView.class)
                .getElement().getTextRecursively();

        assertThat(page).contains("Toimijoiden itsearviointi", "Kierros " + earlier, "Kierros " + later, "66,7 %",
                "Yhteistyö toimii " + unique, "3,5", "Järjestö tai seurakunta");
        assertThat(page).doesNotContain("Salainen vapaa teksti", "Kaupunki " + unique, "Yhdistys " + unique,
                "Mitä kehittäisit " + unique, "Testi Vastaaja");
    }

    private static Double average(AssessmentSummary.RoundFigures round, AssessmentQuestion question) {
        return round.questions().stream().filter(q -> q.questionId().equals(question.getId())).findFirst().orElseThrow().average();
    }
}
