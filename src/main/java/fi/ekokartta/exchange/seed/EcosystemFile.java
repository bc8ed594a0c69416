package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;
import fi.ekokartta.exchange.imports.ImportProblems;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One file of seed-data/ecosystem/ and the entries in it. */
final class EcosystemFile {

    private final String name;
    private final JsonNode root;
    private final ImportProblems report;

    EcosystemFile(String name, JsonNode root, ImportProblems report) {
        this.name = name;
        this.root = root;
        this.report = report;
    }

    /** The entries of the whole file (an array) or of one of its keys (an object of arrays). */
    List<ImportEntry> entries(String key) {
        JsonNode array = key == null ? root : root.get(key);
        List<ImportEntry> entries = new ArrayList<>();
        if (array == null || array.isNull()) {
            return entries;
        }
        if (!array.isArray()) {
            report.localized(name, null, key, "seed.problem.expected-entries");
            return entries;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                entries.add(new ImportEntry(array.get(i), name, i, report));
            } else {
                report.localized(name, "#" + (i + 1), null, "seed.problem.expected-entry");
            }
        }
        return entries;
    }

    /**
     * Ecosystem ids may be UUIDs or readable slugs ("ecosystem-forum"); a slug gets a stable
     * UUID derived from the kind of entry and the slug.
     */
    static Optional<UUID> id(ImportEntry entry, String field, String kind) {
        return entry.text(field).map(text -> {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return UUID.nameUUIDFromBytes(("ekokartta:" + kind + ":" + text).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    static UUID requiredId(ImportEntry entry, String field, String kind) {
        Optional<UUID> id = id(entry, field, kind);
        if (id.isEmpty() && !entry.has(field)) {
            entry.reject(field, "import.problem.required");
        }
        return id.orElse(null);
    }
}
