package fi.ekokartta.ecosystem;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an editor writes of a relationship: from which actor to which, of what type, described in
 * Finnish, Swedish and English, and valid from and to (both days included, either may be open).
 */
public record RelationshipContent(UUID sourceId, UUID targetId, RelationshipType type, LocalizedText description,
                                  LocalDate validFrom, LocalDate validTo) {

    public RelationshipContent {
        description = description == null ? new LocalizedText() : description;
    }
}
