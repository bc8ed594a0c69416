package fi.ekokartta.ecosystem;

import fi.ekokartta.base.domain.LocalizedText;

/** What a coordinator writes of a role in the catalogue. */
public record RoleContent(LocalizedText name, LocalizedText description) {
}
