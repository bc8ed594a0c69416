package fi.ekokartta.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceRankingTest {

    private final UUID debtAdvice = UUID.randomUUID();
    private final UUID debtHotline = UUID.randomUUID();
    private final UUID workTrial = UUID.randomUUID();
    private final UUID youthWorkshop = UUID.randomUUID();

    @Test
    void a_service_for_another_need_comes_before_a_second_service_for_a_need_already_met() {
        List<UUID> relevanceOrder = List.of(debtAdvice, debtHotline, workTrial);
        Map<String, Map<UUID, Float>> needsMet = Map.of(
                "velka", Map.of(debtAdvice, 10f, debtHotline, 9f),
                "työkokeilu", Map.of(workTrial, 5f));

        List<UUID> order = SentenceRanking.order(relevanceOrder, needsMet, Map.of("velka", 1.0, "työkokeilu", 1.0));

        assertThat(order).containsExactly(debtAdvice, workTrial, debtHotline);
    }

    @Test
    void a_service_meeting_two_needs_comes_before_one_meeting_one_need_best() {
        List<UUID> relevanceOrder = List.of(debtAdvice, youthWorkshop);
        Map<String, Map<UUID, Float>> needsMet = Map.of(
                "velka", Map.of(debtAdvice, 10f, youthWorkshop, 6f),
                "nuori", Map.of(youthWorkshop, 8f));

        List<UUID> order = SentenceRanking.order(relevanceOrder, needsMet, Map.of("velka", 1.0, "nuori", 1.0));

        assertThat(order).containsExactly(youthWorkshop, debtAdvice);
    }

    @Test
    void a_rare_word_weighs_more_than_a_word_most_services_have() {
        assertThat(SentenceRanking.weight(5, 100)).isGreaterThan(SentenceRanking.weight(80, 100));
        assertThat(SentenceRanking.weight(80, 100)).isPositive();
    }

    @Test
    void services_meeting_no_need_keep_the_relevance_order() {
        List<UUID> relevanceOrder = List.of(debtHotline, workTrial, debtAdvice);

        assertThat(SentenceRanking.order(relevanceOrder, Map.of(), Map.of())).isEqualTo(relevanceOrder);
    }
}
