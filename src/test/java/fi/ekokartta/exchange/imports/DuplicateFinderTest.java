package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.imports.DuplicateFinder.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Only candidates that share a name word, a phone or an address are compared; that still finds every kind of duplicate. */
class DuplicateFinderTest {

    private final UUID city = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();

    @Test
    void each_kind_of_possible_duplicate_is_found_among_many_unrelated_services() {
        Candidate newService = service("Nuorten työpaja", city, Set.of(DuplicateFinder.phone("040 123 4567")),
                Set.of(DuplicateFinder.address("Torikatu 3", "84100")));
        Candidate typo = service("Nuorten tyopaja", city, Set.of(), Set.of());
        Candidate samePhone = service("Ohjaamo", association, Set.of(DuplicateFinder.phone("+358401234567")), Set.of());
        Candidate sameAddress = service("Kahvila", association, Set.of(), Set.of(DuplicateFinder.address("Torikatu 3", "84100")));
        List<Candidate> others = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            others.add(service("Palvelu " + i, UUID.randomUUID(), Set.of(), Set.of()));
        }
        others.addAll(List.of(typo, samePhone, sameAddress));

        List<PossibleDuplicate> found = new DuplicateFinder().find(List.of(newService), others);

        assertThat(found).extracting(PossibleDuplicate::otherId, PossibleDuplicate::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(typo.id(), "import.duplicate.similar-name-same-organization"),
                org.assertj.core.groups.Tuple.tuple(samePhone.id(), "import.duplicate.same-phone"),
                org.assertj.core.groups.Tuple.tuple(sameAddress.id(), "import.duplicate.same-address"));
    }

    @Test
    void names_with_a_typo_in_every_word_are_still_compared() {
        Candidate newService = service("Nuorten työpaja", city, Set.of(), Set.of());
        Candidate typos = service("Nourten työpjaa", city, Set.of(), Set.of());
        Candidate coaching = service("Työhönvalmennus", city, Set.of(), Set.of());
        Candidate missingLetter = service("Työhönvalmenus", association, Set.of(), Set.of());
        List<Candidate> others = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            others.add(service("Palvelu " + i, UUID.randomUUID(), Set.of(), Set.of()));
        }
        others.addAll(List.of(typos, missingLetter));

        List<PossibleDuplicate> found = new DuplicateFinder().find(List.of(newService, coaching), others);

        assertThat(found).extracting(PossibleDuplicate::id, PossibleDuplicate::otherId, PossibleDuplicate::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(newService.id(), typos.id(),
                                "import.duplicate.similar-name-same-organization"),
                        org.assertj.core.groups.Tuple.tuple(coaching.id(), missingLetter.id(),
                                "import.duplicate.similar-name"));
    }

    @Test
    void names_that_share_no_word_are_not_flagged() {
        Candidate one = service("Työhönvalmennus", city, Set.of(), Set.of());
        Candidate other = service("Velkaneuvonta", UUID.randomUUID(), Set.of(), Set.of());

        assertThat(new DuplicateFinder().find(List.of(one), List.of(other))).isEmpty();
    }

    private static Candidate service(String name, UUID provider, Set<String> phones, Set<String> addresses) {
        return new Candidate("service", UUID.randomUUID(), name, provider, phones, addresses);
    }
}
