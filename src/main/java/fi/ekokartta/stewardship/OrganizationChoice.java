package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.UUID;

/** An organization a management list can be narrowed to: its id and name, nothing more. */
public record OrganizationChoice(UUID id, LocalizedText name) {
}
