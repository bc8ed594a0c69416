package fi.ekokartta.exchange.seed;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.exchange.imports.ImportEntry;
import fi.ekokartta.exchange.imports.ImportGraph;
import fi.ekokartta.forum.Forum;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.paths.ServicePath;
import fi.ekokartta.roadmap.RoadmapGoal;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.stewardship.EntryKeeper;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a seed dataset describes: the HSDS part as the import pipeline read it, and the
 * ecosystem part, built in memory and checked before it is stored.
 */
final class SeedGraph {

    static final String UNKNOWN_ORGANIZATION = "import.problem.unknown-organization";
    static final String UNKNOWN_SERVICE = "seed.problem.unknown-service";
    static final String UNKNOWN_TARGET_GROUP = "seed.problem.unknown-target-group";
    static final String UNKNOWN_ROLE = "seed.problem.unknown-role";
    static final String UNKNOWN_FORUM = "seed.problem.unknown-forum";
    static final String UNKNOWN_MEETING = "seed.problem.unknown-meeting";

    final ImportGraph hsds;
    final Map<String, Municipality> municipalities;
    final Map<UUID, TaxonomyTerm> terms;
    final Map<UUID, TargetGroup> targetGroups;
    final Map<UUID, Actor> actors;
    final Map<UUID, Offering> offerings;
    final Map<String, AppUser> users = new LinkedHashMap<>();
    final List<EntryKeeper> keepers = new ArrayList<>();
    final Map<UUID, Role> roles = new LinkedHashMap<>();
    final List<RoleAssignment> roleAssignments = new ArrayList<>();
    final List<ActorRelationship> relationships = new ArrayList<>();
    final Map<UUID, Forum> forums = new LinkedHashMap<>();
    final List<CalendarEvent> events = new ArrayList<>();
    final List<RoadmapGoal> goals = new ArrayList<>();
    final List<ServicePath> paths = new ArrayList<>();

    SeedGraph(ImportGraph hsds) {
        this.hsds = hsds;
        this.municipalities = hsds.municipalities;
        this.terms = hsds.terms;
        this.targetGroups = hsds.targetGroups;
        this.actors = hsds.actors;
        this.offerings = hsds.offerings;
    }

    Optional<Actor> actor(ImportEntry entry, String field) {
        return hsds.actor(entry, field);
    }

    Optional<Municipality> municipality(ImportEntry entry, String field, String code) {
        return hsds.municipality(entry, field, code);
    }

    /** The item of this id, or a problem with the message key of its kind (one of the UNKNOWN_ keys). */
    static <T> Optional<T> known(ImportEntry entry, String field, UUID id, Map<UUID, T> items, String unknownKey) {
        T item = items.get(id);
        if (item == null) {
            entry.reject(field, unknownKey, id.toString());
        }
        return Optional.ofNullable(item);
    }
}
