package fi.ekokartta.exchange.imports;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HSDS object kinds a seed file may hold. The kind is told by the HSDS object named at the
 * start of the file's name ({@code services.json}, {@code organization_list.json},
 * {@code taxonomy_terms.sv.json}, ...) and, when the name tells nothing, guessed from the keys the
 * file uses.
 */
enum HsdsKind {
    TAXONOMY_TERM("taxonomy terms", "taxonomy_term"),
    ORGANIZATION("organizations", "organization"),
    SERVICE("services", "service"),
    TAXONOMY("taxonomies", "taxonomy", "taxonomies"),
    SERVICE_AT_LOCATION("service_at_location objects", "service_at_location"),
    LOCATION("locations", "location"),
    BASE("API meta information", "base");

    private static final Set<String> TERM_ONLY = Set.of("code", "parent_id", "taxonomy", "taxonomy_detail",
            "language", "taxonomy_id", "term_uri");
    private static final Set<String> ORGANIZATION_ONLY = Set.of("website", "tax_status", "tax_id",
            "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id", "locations", "programs",
            "organization_identifiers", "services");

    /**
     * Keys that only objects of one kind carry at their top level: a file named as one kind whose
     * objects carry keys of only other kinds holds the wrong objects.
     */
    private static final List<Evidence> EVIDENCE = List.of(
            new Evidence(SERVICE, Set.of("status", "organization_id", "organization", "service_areas",
                    "service_at_locations", "eligibility_description", "application_process", "fees_description",
                    "fees", "assured_date", "assurer_email", "minimum_age", "maximum_age", "interpretation_services",
                    "accreditations", "licenses", "wait_time", "program")),
            new Evidence(ORGANIZATION, Set.of("tax_status", "tax_id", "year_incorporated", "legal_status", "logo",
                    "parent_organization_id", "organization_identifiers", "programs", "services")),
            new Evidence(TAXONOMY_TERM, Set.of("code", "parent_id", "taxonomy", "taxonomy_detail", "taxonomy_id",
                    "term_uri")),
            new Evidence(TAXONOMY, Set.of("version")),
            new Evidence(SERVICE_AT_LOCATION, Set.of("service_id", "location_id", "location", "service")),
            new Evidence(LOCATION, Set.of("location_type", "addresses", "accessibility", "transportation")));

    private record Evidence(HsdsKind kind, Set<String> keys) {
    }

    private final String description;
    private final List<String> names;

    HsdsKind(String description, String... objectNames) {
        this.description = description;
        List<String> all = new ArrayList<>();
        for (String name : objectNames) {
            all.add(name);
            if (!name.endsWith("ies")) {
                all.add(name + "s");
            }
        }
        this.names = List.copyOf(all);
    }

    /** What the files of this kind hold, in words: "services", "taxonomy terms". */
    String description() {
        return description;
    }

    /**
     * The kind named at the start of a file's name: the HSDS object name ({@code service},
     * {@code organization}, {@code taxonomy_term}, {@code taxonomy}, {@code service_at_location},
     * {@code location}, or its plural) followed by the end of the name or by a character that is
     * not a letter ({@code service_full.json}, {@code services-kotoutuminen.json}). The longest
     * name wins, so {@code service_at_location.json} is not a service file. Folders, {@code .json}
     * and a {@code .sv} / {@code .en} language suffix are ignored. Empty when the name tells nothing.
     */
    static Optional<HsdsKind> ofName(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (base.endsWith(".json")) {
            base = base.substring(0, base.length() - ".json".length());
        }
        if (base.endsWith(".sv") || base.endsWith(".en")) {
            base = base.substring(0, base.length() - 3);
        }
        String stem = base;
        return namesLongestFirst().stream()
                .filter(named -> stem.startsWith(named.name())
                        && (stem.length() == named.name().length() || !Character.isLetter(stem.charAt(named.name().length()))))
                .map(Named::kind).findFirst();
    }

    private record Named(String name, HsdsKind kind) {
    }

    private static List<Named> namesLongestFirst() {
        List<Named> all = new ArrayList<>();
        for (HsdsKind kind : values()) {
            kind.names.forEach(name -> all.add(new Named(name, kind)));
        }
        all.sort(Comparator.comparingInt((Named named) -> named.name().length()).reversed());
        return all;
    }

    /** The kind of every object in a file, guessed from its keys, or empty when the keys do not tell. */
    static Optional<HsdsKind> of(List<JsonNode> items) {
        Set<String> keys = keysOf(items);
        if (keys.contains("service_id") || keys.contains("location_id")) {
            return Optional.of(SERVICE_AT_LOCATION);
        }
        if (keys.contains("location_type")) {
            return Optional.of(LOCATION);
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

    /**
     * Why objects do not fit a file named as this kind: the keys of other kinds they carry, when
     * they carry none of this kind's own keys, as the arguments of {@code import.problem.kind-contradiction}:
     * this kind, the kinds they look like, and their keys that tell. Empty when nothing contradicts the name.
     */
    Optional<List<String>> contradiction(List<JsonNode> items) {
        Set<String> keys = keysOf(items);
        Set<HsdsKind> others = EnumSet.noneOf(HsdsKind.class);
        Set<String> foreign = new TreeSet<>();
        for (Evidence evidence : EVIDENCE) {
            Set<String> found = new TreeSet<>(evidence.keys());
            found.retainAll(keys);
            if (found.isEmpty()) {
                continue;
            }
            if (evidence.kind() == this) {
                return Optional.empty();
            }
            others.add(evidence.kind());
            foreign.addAll(found);
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(description, String.join(" / ", others.stream().map(HsdsKind::description).toList()),
                String.join(", ", foreign.stream().map(key -> "'" + key + "'").toList())));
    }

    private static Set<String> keysOf(List<JsonNode> items) {
        Set<String> keys = new HashSet<>();
        for (JsonNode item : items) {
            keys.addAll(item.propertyNames());
        }
        return keys;
    }
}
