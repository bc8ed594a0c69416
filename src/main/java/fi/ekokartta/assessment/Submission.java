package fi.ekokartta.assessment;

import fi.ekokartta.ecosystem.RelationshipType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the responder sends: the scores and texts per question; the assignments that no longer
 * hold and free-text corrections to others; the relationships that have ended and new ones; the
 * contacts corrected or to remove. Anything not named is confirmed as it is.
 */
public record Submission(Map<UUID, Integer> scores, Map<UUID, String> texts, Set<UUID> removedAssignments,
                         Map<UUID, String> assignmentNotes, Set<UUID> endedRelationships,
                         List<NewRelationship> newRelationships, Map<UUID, ContactChange> correctedContacts,
                         Set<UUID> removedContacts) {

    /** A relationship the actor proposes, from itself to the other actor. */
    public record NewRelationship(RelationshipType type, UUID otherActorId, String description) {
    }

    /** A contact's corrected details. */
    public record ContactChange(String name, String title, String email, String phone) {
    }

    /** An empty submission to fill in. */
    public static Submission empty() {
        return new Submission(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashMap<>(),
                new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
    }
}
