package fi.ekokartta.directory;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.Municipality;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.ekokartta.base.domain.LocalizedText;

/**
 * The public list of actors (/toimijat) and the actors found by the search (/haku): active
 * actors only. A text matches when each of its words is part of the actor's name (in any
 * language, or its other name) or description, letter case and accents aside; actors matched by
 * name come before those matched by their description only. The directory holds some tens of
 * actors, so they are filtered in memory.
 */
@Service
@Transactional(readOnly = true)
public class ActorDirectory {

    public record Place(String code, LocalizedText name) {
    }

    public record ActorCard(UUID id, LocalizedText name, ActorSector sector, List<Place> municipalities,
                            LocalizedText description) {
    }

    /** A page of the matching actors and how many match in all. */
    public record Listing(List<ActorCard> cards, int total) {
    }

    private final EntityManager entityManager;

    ActorDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The matching actors from {@code offset}; text, sector and municipality code may each be null (any). */
    public Listing find(String text, ActorSector sector, String municipalityCode, Locale locale, int offset, int limit) {
        List<String> words = words(text);
        Comparator<Actor> byName = Comparator.comparing(actor -> fold(actor.getName().get(locale)));
        List<Actor> matching = active().stream()
                .filter(actor -> sector == null || actor.getSector() == sector)
                .filter(actor -> municipalityCode == null
                        || actor.getMunicipalities().stream().anyMatch(m -> m.getCode().equals(municipalityCode)))
                .filter(actor -> words.isEmpty() || matches(words, everything(actor)))
                .sorted(Comparator.<Actor, Boolean>comparing(actor -> !words.isEmpty() && !matches(words, names(actor)))
                        .thenComparing(byName))
                .toList();
        List<ActorCard> cards = matching.stream().skip(Math.max(0, offset)).limit(limit).map(ActorDirectory::card).toList();
        return new Listing(cards, matching.size());
    }

    /** The municipalities where active actors work, by code (for the filter). */
    public List<Place> municipalities() {
        return active().stream().flatMap(actor -> actor.getMunicipalities().stream())
                .collect(Collectors.toMap(Municipality::getCode, m -> m, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(Municipality::isInEmploymentArea).reversed().thenComparing(Municipality::getCode))
                .map(m -> new Place(m.getCode(), m.getName())).toList();
    }

    private List<Actor> active() {
        return entityManager.createQuery("""
                select distinct a from Actor a left join fetch a.municipalities
                where a.status = fi.ekokartta.actor.ActorStatus.ACTIVE""", Actor.class).getResultList();
    }

    private static ActorCard card(Actor actor) {
        return new ActorCard(actor.getId(), actor.getName(), actor.getSector(),
                actor.getMunicipalities().stream().sorted(Comparator.comparing(Municipality::getCode))
                        .map(m -> new Place(m.getCode(), m.getName())).toList(),
                actor.getDescription());
    }

    private static String names(Actor actor) {
        LocalizedText name = actor.getName();
        return fold(Stream.of(name.getFi(), name.getSv(), name.getEn(), actor.getAlternateName())
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private static String everything(Actor actor) {
        LocalizedText description = actor.getDescription();
        return names(actor) + " " + fold(Stream.of(description.getFi(), description.getSv(), description.getEn())
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private static boolean matches(List<String> words, String folded) {
        return words.stream().allMatch(folded::contains);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(fold(text).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().limit(20).toList();
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
