package fi.ekokartta.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a query word by the frequencies of its parts in the index (made-up vocabularies). */
class CompoundSplitterTest {

    /** Services per stem, as the index would count them; stems as the Finnish light stemmer makes them. */
    private static CompoundSplitter.Frequencies vocabulary(Map<String, Integer> servicesPerWord) {
        Map<String, Integer> perStem = new java.util.HashMap<>();
        servicesPerWord.forEach((word, count) -> perStem.merge(CompoundSplitter.Frequencies.stem(word), count, Integer::sum));
        return new CompoundSplitter.Frequencies(stem -> perStem.getOrDefault(stem, 0));
    }

    @Test
    void a_compound_the_index_never_uses_is_split_into_parts_it_knows() {
        var index = vocabulary(Map.of("pikalaina", 4, "velat", 9, "laina", 6));

        assertThat(CompoundSplitter.split("pikalainavelat", index)).containsExactly("pikalaina", "velat");
    }

    @Test
    void inflected_parts_are_compared_by_their_stems() {
        var index = vocabulary(Map.of("kurssi", 7, "ilta", 3));

        assertThat(CompoundSplitter.split("iltakursseja", index)).containsExactly("ilta", "kursseja");
    }

    @Test
    void a_first_part_may_end_in_a_linking_n_or_s() {
        assertThat(CompoundSplitter.split("tyonhakupaiva", vocabulary(Map.of("tyo", 40, "haku", 8, "paiva", 5))))
                .containsExactly("tyon", "haku", "paiva");
        assertThat(CompoundSplitter.split("kotoutumiskoulutusta", vocabulary(Map.of("kotoutuminen", 5, "koulutus", 12))))
                .containsExactly("kotoutumis", "koulutusta");
    }

    @Test
    void a_word_the_index_knows_stays_whole_and_unknown_parts_split_nothing() {
        assertThat(CompoundSplitter.split("velkaneuvonta", vocabulary(Map.of("velkaneuvonta", 5, "velka", 9, "neuvonta", 20))))
                .isNull();
        assertThat(CompoundSplitter.split("zorblaxkurssi", vocabulary(Map.of("kurssi", 7)))).isNull();
    }

    @Test
    void a_rare_word_is_split_only_when_its_parts_are_more_frequent_together() {
        assertThat(CompoundSplitter.split("ruokaapu", vocabulary(Map.of("ruokaapu", 2, "ruoka", 1, "apu", 1)))).isNull();
        assertThat(CompoundSplitter.split("ruokaapu", vocabulary(Map.of("ruokaapu", 2, "ruoka", 6, "apu", 30))))
                .containsExactly("ruoka", "apu");
    }

    @Test
    void the_split_with_the_most_frequent_parts_wins() {
        var index = vocabulary(Map.of("kesa", 6, "tyo", 40, "kesatyo", 0, "seteli", 3, "tyoseteli", 1));

        assertThat(CompoundSplitter.split("kesatyoseteli", index)).isEqualTo(List.of("kesa", "tyo", "seteli"));
    }

    @Test
    void stem_prefixes_reach_the_forms_and_derivations_of_a_word() {
        assertThat(StemPrefix.of("velkojen")).isEqualTo("velk");
        assertThat(StemPrefix.of("velat")).isNull();
        assertThat(StemPrefix.of("nuorille")).isEqualTo("nuor");
        assertThat(StemPrefix.of("asunnon")).isEqualTo("asun");
        assertThat(StemPrefix.of("vaihtaminen")).isEqualTo("vaiht");
        assertThat(StemPrefix.of("koulutukseen")).isEqualTo("koulut");
        assertThat(StemPrefix.of("työttömälle")).isEqualTo("tyot");
        assertThat(StemPrefix.of("kela")).isNull();
        assertThat(StemPrefix.of("55+")).isNull();
    }
}
