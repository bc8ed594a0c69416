package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.UUID;

/** Everything an editor sets on an actor in one save. */
public record ActorContent(LocalizedText name, String alternateName, LocalizedText description, ActorSector sector,
                           String businessId, UUID parentId, String website, String email, String phone) {

    /** The content of a stored actor, as an editor loads it. */
    public static ActorContent of(Actor actor) {
        LocalizedText name = actor.getName();
        LocalizedText description = actor.getDescription();
        return new ActorContent(new LocalizedText(name.getFi(), name.getSv(), name.getEn()), actor.getAlternateName(),
                new LocalizedText(description.getFi(), description.getSv(), description.getEn()), actor.getSector(),
                actor.getBusinessId(), actor.getParent() == null ? null : actor.getParent().getId(), actor.getWebsite(),
                actor.getEmail(), actor.getPhone());
    }
}
