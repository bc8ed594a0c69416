package fi.ekokartta.exchange.seed;

import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The three HSDS object kinds a seed file may hold, told apart by the keys the file uses. */
enum HsdsKind {
    TAXONOMY_TERM, ORGANIZATION, SERVICE;

    private static final Set<String> TERM_ONLY = Set.of("code", "parent_id", "taxonomy", "taxonomy_detail",
            "language", "taxonomy_id", "term_uri");
    private static final Set<String> ORGANIZATION_ONLY = Set.of("website", "tax_status", "tax_id",
            "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id", "locations", "programs",
            "organization_identifiers", "services");

    /** The kind of every object in a file, or empty when the keys do not tell. */
    static Optional<HsdsKind> of(List<JsonNode> items) {
        Set<String> keys = new HashSet<>();
        for (JsonNode item : items) {
            keys.addAll(item.propertyNames());
        }
        if (keys.contains("status")) {
            return Optional.of(SERVICE);
        }
        if (keys.stream().anyMatch(TERM_ONLY::contains)) {
            return Optional.of(TAXONOMY_TERM);
        }
        if (keys.stream().anyMatch(ORGANIZATION_ONLY::contains)) {
            return Optional.of(ORGANIZATION);
        }
        return Optional.empty();
    }
}
