package fi.ekokartta.exchange.seed;

/** How much a seed load stored, for the log and the health details. */
public record SeedSummary(int taxonomyTerms, int targetGroups, int actors, int services, int roles,
                          int roleAssignments, int relationships, int forums, int meetings, int calendarEvents,
                          int roadmapGoals, int users) {

    static SeedSummary of(SeedGraph graph, boolean usersIncluded) {
        return new SeedSummary(graph.terms.size(), graph.targetGroups.size(), graph.actors.size(),
                graph.offerings.size(), graph.roles.size(), graph.roleAssignments.size(), graph.relationships.size(),
                graph.forums.size(), graph.forums.values().stream().mapToInt(forum -> forum.getMeetings().size()).sum(),
                graph.events.size(), graph.goals.size(), usersIncluded ? graph.users.size() : 0);
    }
}
