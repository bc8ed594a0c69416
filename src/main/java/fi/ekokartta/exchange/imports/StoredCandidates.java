package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.imports.DuplicateFinder.Candidate;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The stored organizations and services as duplicate candidates, read as plain columns in three
 * queries rather than as entities with their channels one by one: with 100 000 services this is
 * what keeps a dry run's duplicate check in seconds. Objects the import itself describes are left
 * out (their imported form is compared instead).
 */
final class StoredCandidates {

    private final EntityManager entityManager;

    StoredCandidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Candidate> except(Set<UUID> imported) {
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : rows("select a.id, a.name.fi, a.phone from Actor a")) {
            UUID id = (UUID) row[0];
            if (!imported.contains(id)) {
                candidates.add(new Candidate("organization", id, (String) row[1], null,
                        row[2] == null ? Set.of() : Set.of(DuplicateFinder.phone((String) row[2])), Set.of()));
            }
        }
        Map<UUID, Set<String>> phones = new HashMap<>();
        Map<UUID, Set<String>> addresses = new HashMap<>();
        for (Object[] row : rows("select c.offering.id, c.phone, c.streetAddress, c.postalCode from ServiceChannel c "
                + "where c.phone is not null or c.streetAddress is not null")) {
            UUID offering = (UUID) row[0];
            if (row[1] != null) {
                phones.computeIfAbsent(offering, key -> new HashSet<>()).add(DuplicateFinder.phone((String) row[1]));
            }
            if (row[2] != null) {
                addresses.computeIfAbsent(offering, key -> new HashSet<>())
                        .add(DuplicateFinder.address((String) row[2], Objects.toString(row[3], "")));
            }
        }
        for (Object[] row : rows("select o.id, o.name.fi, p.id from Offering o left join o.provider p")) {
            UUID id = (UUID) row[0];
            if (!imported.contains(id)) {
                candidates.add(new Candidate("service", id, (String) row[1], (UUID) row[2],
                        phones.getOrDefault(id, Set.of()), addresses.getOrDefault(id, Set.of())));
            }
        }
        return candidates;
    }

    private List<Object[]> rows(String query) {
        return entityManager.createQuery(query, Object[].class).getResultList();
    }
}
