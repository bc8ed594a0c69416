package fi.ekokartta.ecosystem;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.Set;
import java.util.UUID;

/**
 * What an editor writes of a role assignment: the actor holding the role, its client groups
 * (target group ids) and municipalities (Statistics Finland codes), and the responsibilities.
 * The named contact is kept as it is (it comes from the data; the editor does not invent one).
 */
public record AssignmentContent(UUID actorId, Set<UUID> targetGroupIds, Set<String> municipalityCodes,
                                LocalizedText responsibilities) {

    public AssignmentContent {
        targetGroupIds = targetGroupIds == null ? Set.of() : Set.copyOf(targetGroupIds);
        municipalityCodes = municipalityCodes == null ? Set.of() : Set.copyOf(municipalityCodes);
        responsibilities = responsibilities == null ? new LocalizedText() : responsibilities;
    }
}
