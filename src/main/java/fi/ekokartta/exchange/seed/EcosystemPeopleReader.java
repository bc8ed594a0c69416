package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.stewardship.EntryKeeper;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.actor.UpdateResponsibility;

import java.util.Locale;
import java.util.UUID;

/** Demo users and the update responsibilities (päivitysvastuut) of services and actors. */
final class EcosystemPeopleReader {

    private final SeedGraph graph;

    EcosystemPeopleReader(SeedGraph graph) {
        this.graph = graph;
    }

    void readUsers(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            String username = entry.requiredText("username");
            if (username != null && !username.matches("[a-z0-9._-]{2,64}")) {
                entry.reject("username", "seed.problem.username-format", username);
            }
            AppUser user = new AppUser();
            user.setUsername(username);
            user.setDisplayName(entry.text("display_name").orElse(username));
            user.setEmail(entry.email("email").orElse(null));
            String role = entry.requiredText("role");
            if (role != null) {
                entry.parseEnum("role", role, UserRole.class).ifPresent(user::setRole);
            }
            for (String organization : entry.texts("organizations")) {
                try {
                    SeedGraph.known(entry, "organizations", UUID.fromString(organization), graph.actors,
                            SeedGraph.UNKNOWN_ORGANIZATION).ifPresent(user.getOrganizations()::add);
                } catch (IllegalArgumentException e) {
                    entry.reject("organizations", "import.problem.not-uuid", organization);
                }
            }
            if (user.getRole() == UserRole.MAINTAINER && user.getOrganizations().isEmpty()) {
                entry.reject("organizations", "seed.problem.maintainer-without-organization");
            }
            if (username != null && graph.users.putIfAbsent(username, user) != null) {
                entry.reject("username", "seed.problem.duplicate-username", username);
            }
        }
    }

    void readResponsibilities(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            Object target = target(entry);
            if (target == null) {
                continue;
            }
            UpdateResponsibility responsibility = target instanceof Offering offering
                    ? offering.getResponsibility() : ((Actor) target).getResponsibility();
            if (entry.has("responsible_actor")) {
                graph.actor(entry, "responsible_actor").ifPresent(responsibility::setResponsibleActor);
            }
            responsibility.setResponsiblePerson(entry.text("responsible_person").orElse(null));
            responsibility.setResponsibleEmail(entry.email("responsible_email").orElse(null));
            entry.text("responsible_user").ifPresent(username -> {
                AppUser user = graph.users.get(username);
                if (user == null) {
                    entry.reject("responsible_user", "seed.problem.unknown-user", username);
                } else {
                    graph.keepers.add(target instanceof Offering offering
                            ? EntryKeeper.of(offering, user) : EntryKeeper.of((Actor) target, user));
                }
            });
            entry.integer("review_interval_months").ifPresent(months -> {
                if (months < 1 || months > 60) {
                    entry.reject("review_interval_months", "import.problem.not-in-range", months, 1, 60);
                }
                responsibility.setReviewIntervalMonths(months);
            });
            entry.date("last_reviewed").ifPresent(responsibility::setLastReviewed);
        }
    }

    /** Every service and actor without an explicit entry answers to its provider, or to itself. */
    void applyDefaults() {
        for (Offering offering : graph.offerings.values()) {
            UpdateResponsibility responsibility = offering.getResponsibility();
            if (responsibility.getResponsibleActor() == null) {
                responsibility.setResponsibleActor(offering.getProvider());
            }
            if (responsibility.getLastReviewed() == null) {
                responsibility.setLastReviewed(offering.getAssuredDate());
            }
        }
        for (Actor actor : graph.actors.values()) {
            if (actor.getResponsibility().getResponsibleActor() == null) {
                actor.getResponsibility().setResponsibleActor(actor);
            }
        }
    }

    /** The service or the actor the entry is about. */
    private Object target(ImportEntry entry) {
        String kind = entry.requiredText("entity");
        UUID id = entry.requiredId("id");
        if (kind == null || id == null) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "service" -> SeedGraph.known(entry, "id", id, graph.offerings, SeedGraph.UNKNOWN_SERVICE)
                    .map(Object.class::cast).orElse(null);
            case "actor", "organization" ->
                    SeedGraph.known(entry, "id", id, graph.actors, SeedGraph.UNKNOWN_ORGANIZATION)
                    .map(Object.class::cast).orElse(null);
            default -> {
                entry.reject("entity", "import.problem.not-one-of", kind, "service, actor");
                yield null;
            }
        };
    }
}
