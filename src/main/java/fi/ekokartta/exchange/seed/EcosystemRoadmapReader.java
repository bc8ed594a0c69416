package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;

import fi.ekokartta.forum.Meeting;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.RoadmapAction;
import fi.ekokartta.roadmap.RoadmapGoal;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roadmap's goals and their actions; an action may name the meeting decision it came from
 * ({@code decided_in}: a meeting of forums.json, {@code decision}: its number in that meeting's
 * decisions, from 1) and the meetings where it was followed up ({@code followed_up_in}).
 */
final class EcosystemRoadmapReader {

    private final SeedGraph graph;

    EcosystemRoadmapReader(SeedGraph graph) {
        this.graph = graph;
    }

    void read(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            RoadmapGoal goal = new RoadmapGoal();
            EcosystemFile.id(entry, "id", "goal").ifPresent(goal::setId);
            goal.setTitle(entry.localized("title", true));
            goal.setDescription(entry.localized("description", false));
            if (entry.has("owner")) {
                graph.actor(entry, "owner").ifPresent(goal::setOwner);
            }
            entry.date("start").ifPresent(goal::setStart);
            entry.date("end").ifPresent(goal::setEnd);
            if (goal.getStart() != null && goal.getEnd() != null && goal.getEnd().isBefore(goal.getStart())) {
                entry.reject("end", "import.problem.ends-before-start", goal.getEnd().toString(),
                        goal.getStart().toString());
            }
            entry.enumValue("status", ProgressStatus.class).ifPresent(goal::setStatus);
            List<JsonNode> actions = entry.array("actions");
            for (int i = 0; i < actions.size(); i++) {
                goal.addAction(action(entry.child(actions.get(i), "actions[" + i + "]")));
            }
            graph.goals.add(goal);
        }
    }

    private Map<UUID, Meeting> meetings() {
        return graph.forums.values().stream().flatMap(forum -> forum.getMeetings().stream())
                .collect(Collectors.toMap(Meeting::getId, Function.identity(), (a, b) -> a));
    }

    private RoadmapAction action(ImportEntry entry) {
        RoadmapAction action = new RoadmapAction();
        EcosystemFile.id(entry, "id", "roadmap-action").ifPresent(action::setId);
        action.setTitle(entry.localized("title", true));
        action.setDescription(entry.localized("description", false));
        if (entry.has("owner")) {
            graph.actor(entry, "owner").ifPresent(action::setOwner);
        }
        entry.date("start").ifPresent(action::setStart);
        entry.date("due").ifPresent(action::setDue);
        entry.enumValue("status", ProgressStatus.class).ifPresent(action::setStatus);
        if (entry.has("decided_in")) {
            entry.id("decided_in")
                    .flatMap(id -> SeedGraph.known(entry, "decided_in", id, meetings(), SeedGraph.UNKNOWN_MEETING))
                    .ifPresent(meeting -> entry.integer("decision").ifPresentOrElse(number -> {
                        if (number < 1 || number > meeting.getDecisions().size()) {
                            entry.reject("decision", "seed.problem.no-such-decision",
                                    meeting.getId().toString(), number);
                        } else {
                            action.setDecision(meeting, meeting.getDecisions().get(number - 1));
                        }
                    }, () -> entry.reject("decision", "seed.problem.decision-required")));
        }
        for (String text : entry.texts("followed_up_in")) {
            entry.parseUuid("followed_up_in", text)
                    .flatMap(id -> SeedGraph.known(entry, "followed_up_in", id, meetings(), SeedGraph.UNKNOWN_MEETING))
                    .ifPresent(action.getFollowedUpIn()::add);
        }
        return action;
    }
}
