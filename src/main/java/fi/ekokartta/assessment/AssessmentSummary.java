package fi.ekokartta.assessment;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The self-assessment in figures, per round: actors invited (those with a recipient), answered,
 * response rate; the average of each scale question, overall and per the actors' sector (as it is
 * now); every year, for the year over year comparison. Aggregates only — no free text, no names —
 * so it is public ({@code /ekosysteemi}). Every stored answer counts, whatever its review: the
 * review concerns the proposed corrections, not the scores.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSummary {

    /** A scale question's average (null without answers) over its answers. */
    public record QuestionAverage(UUID questionId, LocalizedText question, Double average, long answers) {
    }

    /** A scale question's average within one sector (null sector: none given). */
    public record SectorAverage(UUID questionId, ActorSector sector, double average, long answers) {
    }

    public record RoundFigures(int year, long invited, long answered, List<QuestionAverage> questions,
                               List<SectorAverage> sectors) {

        /** The response rate in per cent; 0 when nobody was invited. */
        public double percent() {
            return invited == 0 ? 0 : 100.0 * answered / invited;
        }
    }

    private final EntityManager entityManager;

    AssessmentSummary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every round, oldest first. */
    public List<RoundFigures> rounds() {
        List<RoundFigures> figures = new ArrayList<>();
        List<AssessmentQuestion> scale = entityManager.createQuery(
                "select q from AssessmentQuestion q where q.kind = :kind order by q.position", AssessmentQuestion.class)
                .setParameter("kind", QuestionKind.SCALE).getResultList();
        for (AssessmentRound round : entityManager.createQuery("select r from AssessmentRound r order by r.year",
                AssessmentRound.class).getResultList()) {
            Object[] counts = entityManager.createQuery("""
                            select count(i), sum(case when i.answeredAt is not null then 1 else 0 end)
                            from AssessmentInvitation i where i.round = :round and i.recipientCount > 0""", Object[].class)
                    .setParameter("round", round).getSingleResult();
            Map<UUID, Object[]> overall = new LinkedHashMap<>();
            entityManager.createQuery("""
                            select a.questionId, avg(a.score), count(a.score) from AssessmentResponse r join r.answers a
                            where r.invitation.round = :round and a.score is not null group by a.questionId""", Object[].class)
                    .setParameter("round", round).getResultList().forEach(row -> overall.put((UUID) row[0], row));
            List<QuestionAverage> questions = new ArrayList<>();
            for (AssessmentQuestion question : scale) {
                Object[] row = overall.get(question.getId());
                if (row != null || question.isActive()) {
                    questions.add(new QuestionAverage(question.getId(), question.getText(),
                            row == null ? null : ((Number) row[1]).doubleValue(), row == null ? 0 : ((Number) row[2]).longValue()));
                }
            }
            List<SectorAverage> sectors = new ArrayList<>();
            entityManager.createQuery("""
                            select a.questionId, r.invitation.actor.sector, avg(a.score), count(a.score)
                            from AssessmentResponse r join r.answers a
                            where r.invitation.round = :round and a.score is not null
                            group by a.questionId, r.invitation.actor.sector""", Object[].class)
                    .setParameter("round", round).getResultList()
                    .forEach(row -> sectors.add(new SectorAverage((UUID) row[0], (ActorSector) row[1],
                            ((Number) row[2]).doubleValue(), ((Number) row[3]).longValue())));
            sectors.sort(Comparator.comparing((SectorAverage average) -> average.sector() == null ? Integer.MAX_VALUE
                    : average.sector().ordinal()));
            figures.add(new RoundFigures(round.getYear(), ((Number) counts[0]).longValue(),
                    counts[1] == null ? 0 : ((Number) counts[1]).longValue(), questions, sectors));
        }
        return figures;
    }
}
