package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Actors to choose from in editors: every actor as a co-producer or a responsible, and the ones
 * the user keeps current as the provider of a new service, in the reader's alphabetical order; and
 * a provider's programs.
 */
@Service
@Transactional(readOnly = true)
public class ActorChoices {

    /** An actor in a picker. */
    public record Choice(UUID id, LocalizedText name) {
    }

    private final ActorRepository actors;
    private final EditingRights rights;

    ActorChoices(ActorRepository actors, EditingRights rights) {
        this.actors = actors;
        this.rights = rights;
    }

    public List<Choice> all(Locale locale) {
        return sorted(actors.findAll(), locale);
    }

    /**
     * The actors the user may create a service for: her organizations and their units; all for a
     * coordinator. Archived actors are left out: they get no new services.
     */
    public List<Choice> providersForNew(Locale locale) {
        return sorted(actors.findAll().stream().filter(Actor::isActive).filter(rights::keepsCurrent).toList(), locale);
    }

    /** The programs the actor runs, in their own order, which a service of the actor may belong to. */
    public List<Choice> programsOf(UUID actorId) {
        return actors.findById(actorId).stream().flatMap(actor -> actor.getPrograms().stream())
                .map(program -> new Choice(program.getId(), program.getName())).toList();
    }

    private static List<Choice> sorted(List<Actor> found, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return found.stream().map(actor -> new Choice(actor.getId(), actor.getName()))
                .sorted(Comparator.comparing(choice -> choice.name().get(locale), collator)).toList();
    }
}
