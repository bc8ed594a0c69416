package fi.ekokartta.search.learning;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search terms: every change in the history, a stale version refused, input checked on the server. */
class SearchTermsTest extends AbstractAppTest {

    @Autowired
    private SearchTerms terms;
    @Autowired
    private SearchTermExpansions expansions;
    @Autowired
    private JdbcTemplate jdbc;

    private String word;

    @BeforeEach
    void signInAsCoordinator() {
        word = "termi" + EntryFixture.unique().replaceAll("[0-9]", "x");
        login("koordinaattori", UserRole.COORDINATOR);
    }

    private UUID created(SearchTermContent content) {
        UUID id = terms.create(content);
        deleteAfterTest(() -> SearchTermFixture.delete(jdbc, expansions, id));
        return id;
    }

    @Test
    void create_change_and_deactivate_are_each_a_history_row_with_who_and_the_values_before_and_after() {
        UUID id = created(new SearchTermContent(SearchTermKind.SYNONYM, " " + word.toUpperCase() + " ", List.of("kuntoutus")));
        terms.update(id, version(id), new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("kuntoutus", "valmennus")));
        terms.setActive(id, version(id), false);

        List<SearchTerms.Change> history = terms.history(id);
        assertThat(history).extracting(SearchTerms.Change::kind).containsExactly(SearchTermChange.Kind.DEACTIVATED,
                SearchTermChange.Kind.CHANGED, SearchTermChange.Kind.CREATED);
        assertThat(history).allSatisfy(change -> assertThat(change.by()).isEqualTo("koordinaattori"));
        assertThat(history.get(1).oldAlternatives()).isEqualTo("kuntoutus");
        assertThat(history.get(1).newAlternatives()).isEqualTo("kuntoutus, valmennus");
        assertThat(history.get(2).newTerm()).isEqualTo(word);
        assertThat(history.get(2).oldTerm()).isNull();
        assertThat(terms.all()).filteredOn(row -> row.id().equals(id)).singleElement()
                .satisfies(row -> assertThat(row.active()).isFalse());
    }

    @Test
    void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
        UUID id = created(new SearchTermContent(SearchTermKind.ALSO_SEARCH, word, List.of("kuntoutus")));
        long stale = version(id);
        terms.update(id, stale, new SearchTermContent(SearchTermKind.ALSO_SEARCH, word, List.of("valmennus")));

        assertThatThrownBy(() -> terms.update(id, stale, new SearchTermContent(SearchTermKind.ALSO_SEARCH, word, List.of("koulutus"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> terms.setActive(id, stale, false)).isInstanceOf(ConflictException.class);

        assertThat(jdbc.queryForMap("select alternatives, active from search_term where id = ?", id))
                .containsEntry("alternatives", "valmennus").containsEntry("active", true);
        assertThat(terms.history(id)).hasSize(2);
    }

    @Test
    void input_is_checked_on_the_server_with_a_message_for_each_field() {
        assertThat(errors(new SearchTermContent(null, "", List.of())))
                .containsEntry("kind", "search-terms.error.kind-required").containsEntry("term", "search-terms.error.term-required")
                .containsEntry("alternatives", "search-terms.error.alternatives-required");
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, "kaksi sanaa", List.of("x"))))
                .containsEntry("term", "search-terms.error.one-word");
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, "a".repeat(61), List.of("x"))))
                .containsEntry("term", "search-terms.error.too-long");
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("a", "b", "c", "d", "e", "f"))))
                .containsEntry("alternatives", "search-terms.error.too-many");
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("yksi kaksi kolme neljä"))))
                .containsEntry("alternatives", "search-terms.error.alternative-too-long");
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of(word.toUpperCase()))))
                .containsEntry("alternatives", "search-terms.error.alternatives-required");

        created(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("kuntoutus")));
        assertThat(errors(new SearchTermContent(SearchTermKind.SYNONYM, word.toUpperCase(), List.of("valmennus"))))
                .containsEntry("term", "search-terms.error.duplicate");
        created(new SearchTermContent(SearchTermKind.ALSO_SEARCH, word, List.of("valmennus")));
    }

    @Test
    void synonyms_go_both_ways_abbreviations_to_and_from_the_long_form_and_also_search_one_way() {
        String abbreviation = "abc" + word;
        created(new SearchTermContent(SearchTermKind.SYNONYM, word, List.of("ääni" + word, "kaksi sanaa")));
        created(new SearchTermContent(SearchTermKind.ABBREVIATION, abbreviation, List.of("pitkä muoto", "pitkämuoto" + word)));
        created(new SearchTermContent(SearchTermKind.ALSO_SEARCH, "hae" + word, List.of("kuntoutus")));

        assertThat(expansions.alternativesOf(word.toUpperCase())).containsExactly("ääni" + word, "kaksi sanaa");
        assertThat(expansions.alternativesOf("aani" + word)).containsExactly(word, "kaksi sanaa");
        assertThat(expansions.alternativesOf(abbreviation)).containsExactly("pitkä muoto", "pitkämuoto" + word);
        assertThat(expansions.alternativesOf("pitkämuoto" + word)).containsExactly(abbreviation);
        assertThat(expansions.alternativesOf("hae" + word)).containsExactly("kuntoutus");
        assertThat(expansions.alternativesOf("kuntoutus")).doesNotContain("hae" + word);
    }

    private Map<String, String> errors(SearchTermContent content) {
        try {
            terms.create(content);
        } catch (ValidationException invalid) {
            return invalid.getFieldErrors();
        }
        throw new AssertionError("accepted " + content);
    }

    private long version(UUID id) {
        return jdbc.queryForObject("select version from search_term where id = ?", Long.class, id);
    }
}
