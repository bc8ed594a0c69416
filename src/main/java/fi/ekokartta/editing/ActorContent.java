package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * Everything an editor sets on an actor in one save. The further websites and the identifiers
 * other than the Y-tunnus are replaced as a whole; the details only an import sets (legal status,
 * year incorporated, logo, uri, funding) are not part of it and stay as they are.
 */
public record ActorContent(LocalizedText name, String alternateName, LocalizedText description, ActorSector sector,
                           String businessId, UUID parentId, String website, String email, String phone,
                           List<Website> websites, List<Identifier> identifiers) {

    /** A further web address; {@code id} is null for a new one. */
    public record Website(UUID id, String label, String url) {
    }

    /** A registered identifier other than the Y-tunnus; {@code id} is null for a new one. */
    public record Identifier(UUID id, String scheme, String type, String identifier) {
    }

    public ActorContent {
        websites = websites == null ? List.of() : List.copyOf(websites);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** Content without further websites and identifiers. */
    public ActorContent(LocalizedText name, String alternateName, LocalizedText description, ActorSector sector,
                        String businessId, UUID parentId, String website, String email, String phone) {
        this(name, alternateName, description, sector, businessId, parentId, website, email, phone, List.of(), List.of());
    }

    /** The content of a stored actor, as an editor loads it. */
    public static ActorContent of(Actor actor) {
        LocalizedText name = actor.getName();
        LocalizedText description = actor.getDescription();
        return new ActorContent(new LocalizedText(name.getFi(), name.getSv(), name.getEn()), actor.getAlternateName(),
                new LocalizedText(description.getFi(), description.getSv(), description.getEn()), actor.getSector(),
                actor.getBusinessId(), actor.getParent() == null ? null : actor.getParent().getId(), actor.getWebsite(),
                actor.getEmail(), actor.getPhone(),
                actor.getWebsites().stream().map(w -> new Website(w.getId(), w.getLabel(), w.getUrl())).toList(),
                actor.getIdentifiers().stream()
                        .map(i -> new Identifier(i.getId(), i.getScheme(), i.getType(), i.getIdentifier())).toList());
    }
}
