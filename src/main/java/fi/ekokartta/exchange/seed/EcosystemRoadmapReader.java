package fi.ekokartta.exchange.seed;

import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.RoadmapAction;
import fi.ekokartta.roadmap.RoadmapGoal;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** The roadmap's goals and their actions. */
final class EcosystemRoadmapReader {

    private final SeedGraph graph;

    EcosystemRoadmapReader(SeedGraph graph) {
        this.graph = graph;
    }

    void read(EcosystemFile file) {
        for (SeedEntry entry : file.entries(null)) {
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
                entry.problem("end", "ends before it starts");
            }
            entry.enumValue("status", ProgressStatus.class).ifPresent(goal::setStatus);
            List<JsonNode> actions = entry.array("actions");
            for (int i = 0; i < actions.size(); i++) {
                goal.addAction(action(entry.child(actions.get(i), "actions[" + i + "]")));
            }
            graph.goals.add(goal);
        }
    }

    private RoadmapAction action(SeedEntry entry) {
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
        return action;
    }
}
