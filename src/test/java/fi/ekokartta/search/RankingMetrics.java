package fi.ekokartta.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Standard ranking measures over graded judgments. */
final class RankingMetrics {

    static final int RELEVANT = 2;

    private RankingMetrics() {
    }

    /** Normalized discounted cumulative gain with gains 2^grade - 1. */
    static double ndcg(List<UUID> ranking, Map<UUID, Integer> grades, int k) {
        double dcg = dcg(ranking.stream().limit(k).map(id -> grades.getOrDefault(id, 0)).toList());
        double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList());
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** 1 when a relevant service (grade 2 or 3) is among the first k, else 0. */
    static double success(List<UUID> ranking, Map<UUID, Integer> grades, int k) {
        return ranking.stream().limit(k).anyMatch(id -> grades.getOrDefault(id, 0) >= RELEVANT) ? 1 : 0;
    }

    /** The share of judged services (any grade) found among the first k. */
    static double recall(List<UUID> ranking, Map<UUID, Integer> grades, int k) {
        long found = ranking.stream().limit(k).filter(grades::containsKey).count();
        return (double) found / grades.size();
    }

    private static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInOrder.size(); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
