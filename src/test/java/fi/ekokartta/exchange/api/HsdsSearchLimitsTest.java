package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search text's documented bounds: within them a search answers, beyond them 400 names the bound. */
class HsdsSearchLimitsTest extends HsdsApiTestBase {

    /** Words of the synonym list that each become many clauses, and other words of the directory. */
    static final List<String> RICH_WORDS = List.of("talousneuvonta", "yrittaja", "tyopaikka", "paihde", "velkaneuvonta",
            "maahanmuuttaja", "nuoret", "riippuvuus", "starttiraha", "tyonhaku", "palkkatuki", "kotoutuminen", "velka",
            "te-palvelut", "ips", "s2", "typ", "kela", "pakolainen", "osatyokykyinen", "mielenterveys", "asunnoton",
            "oppisopimus", "kesatyo", "lomautus", "digituki", "vammainen", "koulutus", "toimeentulotuki", "debt",
            "ohjaus", "neuvonta", "valmennus", "kuntoutus", "ryhma", "verkko", "kurssi", "kieli", "asunto", "perhe");

    @Test
    void a_search_of_forty_distinct_words_is_refused_with_400_naming_the_limit() {
        HttpResponse<String> response = get("/services?search=" + encode(String.join(" ", RICH_WORDS)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .contains("search must be at most 500 characters and 32 words").contains("41 words");
    }

    @Test
    void a_search_of_six_and_a_half_kilobytes_is_refused_with_400() {
        String text = IntStream.range(0, 6700 / 10).mapToObj(i -> "velka" + i + "xy").collect(Collectors.joining(" "));

        HttpResponse<String> response = get("/services?search=" + encode(text));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("at most 500 characters");
    }

    @Test
    void the_longest_search_allowed_of_synonym_rich_words_is_answered() {
        String text = String.join(" ", RICH_WORDS.subList(0, 31));
        assertThat(text.length()).isLessThanOrEqualTo(500);

        JsonNode page = json("/services?per_page=5&search=" + encode(text));

        assertThat(page.get("total_items").asLong()).isPositive();
    }

    @Test
    void five_hundred_characters_are_searched_and_five_hundred_and_one_are_refused() {
        String longWord = "tyokokeilu".repeat(50);

        assertThat(get("/services?search=" + encode(longWord)).statusCode()).isEqualTo(200);
        assertThat(get("/services?search=" + encode(longWord + "a")).statusCode()).isEqualTo(400);
    }

    @Test
    void a_counsellors_sentence_of_twenty_five_words_is_answered() {
        String sentence = "nuori työtön maahanmuuttaja tarvitsee apua velkojen kanssa ja haluaa työkokeiluun Kalajoella "
                + "mutta hänellä ei ole vielä suomen kielen taitoa eikä ajokorttia joten tarvitaan myös ohjausta";
        assertThat(sentence.split(" ")).hasSize(25);

        JsonNode page = json("/services?per_page=5&search=" + encode(sentence));

        assertThat(page.get("total_items").asLong()).isPositive();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
