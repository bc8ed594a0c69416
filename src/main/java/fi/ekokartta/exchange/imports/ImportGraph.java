package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an import describes, built in memory and checked before anything is stored. A
 * reference to an object outside the import is resolved to the stored object of that id.
 */
public final class ImportGraph {

    public final Map<String, Municipality> municipalities;
    public final Map<UUID, TaxonomyTerm> terms = new LinkedHashMap<>();
    public final Map<UUID, TargetGroup> targetGroups = new LinkedHashMap<>();
    public final Map<UUID, Actor> actors = new LinkedHashMap<>();
    public final Map<UUID, Offering> offerings = new LinkedHashMap<>();
    /** The programs of the organizations in this import, by id. */
    final Map<UUID, Program> programs = new HashMap<>();
    /** The entry each object was read from, by the object's id. */
    final Map<UUID, ImportEntry> entries = new LinkedHashMap<>();
    /** The Swedish and English files' entries of each object, by the object's id and language. */
    final Map<UUID, Map<String, ImportEntry>> translations = new HashMap<>();
    /** Entries that describe an object read before from another file, with that first entry. */
    final Map<ImportEntry, ImportEntry> repeats = new HashMap<>();
    private final Set<UUID> placesRead = new HashSet<>();
    private final Set<UUID> partIds = new HashSet<>();
    private final StoredContent stored;

    public ImportGraph(Map<String, Municipality> municipalities, StoredContent stored) {
        this.municipalities = municipalities;
        this.stored = stored;
    }

    void register(UUID id, ImportEntry entry) {
        entries.put(id, entry);
    }

    void translated(UUID id, String language, ImportEntry entry) {
        translations.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(language, entry);
    }

    /** What the source of an object carries: its main entry and its translation files' entries. */
    CarriedFields carried(UUID id) {
        Map<String, JsonNode> languages = new LinkedHashMap<>();
        translations.getOrDefault(id, Map.of()).forEach((language, entry) -> languages.put(language, entry.node()));
        return new CarriedFields(entries.get(id).node(), languages);
    }

    /**
     * An object met again under an id already read. In another file it is the same object
     * described again (HSDS's examples show one service as service_full, in a list, nested in its
     * organization): the first one read is stored, the repeat is reported. Twice in one file it is
     * a mistake.
     */
    void repeated(UUID id, ImportEntry entry) {
        ImportEntry first = entries.get(id);
        if (first == null || first.file().equals(entry.file())) {
            entry.reject("id", "import.problem.duplicate-id");
        } else {
            repeats.put(entry, first);
        }
    }

    /** Whether a service_at_location of this id has already become a channel of its service. */
    boolean placeRead(UUID placeId) {
        return !placesRead.add(placeId);
    }

    /**
     * Whether a part (a channel, a capacity figure) may keep this id from the source: the first
     * part with it in this import does; a repeat gets an id of its own rather than clash.
     */
    boolean claimPartId(UUID id) {
        return partIds.add(id);
    }

    /** The organization named by a field: one of this import or one already stored. */
    public Optional<Actor> actor(ImportEntry entry, String field) {
        return entry.id(field).flatMap(id -> actor(entry, field, id));
    }

    Optional<Actor> actor(ImportEntry entry, String field, UUID id) {
        Optional<Actor> actor = Optional.ofNullable(actors.get(id)).or(() -> stored.actor(id));
        if (actor.isEmpty()) {
            entry.reject(field, "import.problem.unknown-organization", id.toString());
        }
        return actor;
    }

    /** A program of an organization in this import, or a stored one. */
    Optional<Program> program(UUID id) {
        return Optional.ofNullable(programs.get(id)).or(() -> stored.program(id));
    }

    /** A stored or imported actor by id, without reporting anything when there is none. */
    Optional<Actor> quietActor(UUID id) {
        return Optional.ofNullable(actors.get(id)).or(() -> stored.actor(id));
    }

    Optional<TaxonomyTerm> term(UUID id) {
        return Optional.ofNullable(terms.get(id)).or(() -> stored.term(id));
    }

    Optional<TargetGroup> targetGroup(UUID id) {
        return Optional.ofNullable(targetGroups.get(id)).or(() -> stored.targetGroup(id));
    }

    public Optional<Municipality> municipality(ImportEntry entry, String field, String code) {
        Municipality municipality = municipalities.get(code.strip());
        if (municipality == null) {
            entry.reject(field, "import.problem.unknown-municipality", code);
        }
        return Optional.ofNullable(municipality);
    }
}
