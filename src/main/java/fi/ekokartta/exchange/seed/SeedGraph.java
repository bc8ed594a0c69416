package fi.ekokartta.exchange.seed;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
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

/** Everything a seed dataset describes, built in memory and checked before it is stored. */
final class SeedGraph {

    final Map<String, Municipality> municipalities;
    final Map<UUID, TaxonomyTerm> terms = new LinkedHashMap<>();
    final Map<UUID, TargetGroup> targetGroups = new LinkedHashMap<>();
    final Map<UUID, Actor> actors = new LinkedHashMap<>();
    final Map<UUID, Offering> offerings = new LinkedHashMap<>();
    final Map<String, AppUser> users = new LinkedHashMap<>();
    final List<EntryKeeper> keepers = new ArrayList<>();
    final Map<UUID, Role> roles = new LinkedHashMap<>();
    final List<RoleAssignment> roleAssignments = new ArrayList<>();
    final List<ActorRelationship> relationships = new ArrayList<>();
    final Map<UUID, Forum> forums = new LinkedHashMap<>();
    final List<CalendarEvent> events = new ArrayList<>();
    final List<RoadmapGoal> goals = new ArrayList<>();
    final List<ServicePath> paths = new ArrayList<>();

    SeedGraph(Map<String, Municipality> municipalities) {
        this.municipalities = municipalities;
    }

    Optional<Actor> actor(SeedEntry entry, String field) {
        return entry.id(field).flatMap(id -> known(entry, field, id, actors, "organization"));
    }

    Optional<Municipality> municipality(SeedEntry entry, String field, String code) {
        Municipality municipality = municipalities.get(code.strip());
        if (municipality == null) {
            entry.problem(field, "unknown municipality code '" + code + "' (Statistics Finland codes, e.g. 977 Ylivieska)");
        }
        return Optional.ofNullable(municipality);
    }

    static <T> Optional<T> known(SeedEntry entry, String field, UUID id, Map<UUID, T> items, String what) {
        T item = items.get(id);
        if (item == null) {
            entry.problem(field, "unknown " + what + " '" + id + "'");
        }
        return Optional.ofNullable(item);
    }
}
