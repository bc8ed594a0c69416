package fi.ekokartta.search;

import fi.ekokartta.offering.OfferingStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of published service names and keywords, with their frequencies, for spelling
 * suggestions. Rebuilt when the services change (their count or latest modification).
 */
@Component
class SearchVocabulary {

    private record Snapshot(String version, SpellingSuggester suggester) {
    }

    private final EntityManager entityManager;
    private volatile Snapshot snapshot;

    SearchVocabulary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Call within a transaction. */
    SpellingSuggester suggester() {
        String version = String.valueOf(entityManager.createQuery(
                "select concat(count(o), '/', coalesce(max(o.lastModified), current_timestamp)) from Offering o", String.class)
                .getSingleResult());
        Snapshot current = snapshot;
        if (current == null || !current.version().equals(version)) {
            current = new Snapshot(version, new SpellingSuggester(words()));
            snapshot = current;
        }
        return current.suggester();
    }

    private Map<String, Integer> words() {
        Map<String, Integer> frequencies = new HashMap<>();
        List<String> texts = entityManager.createQuery("""
                select concat(coalesce(o.name.fi, ''), ' ', coalesce(o.name.sv, ''), ' ', coalesce(o.name.en, ''))
                from Offering o where o.status = :status""", String.class)
                .setParameter("status", OfferingStatus.PUBLISHED).getResultList();
        List<String> keywords = entityManager.createQuery(
                "select k.word from Offering o join o.keywords k where o.status = :status", String.class)
                .setParameter("status", OfferingStatus.PUBLISHED).getResultList();
        for (List<String> source : List.of(texts, keywords)) {
            for (String text : source) {
                for (String word : SpellingSuggester.words(text)) {
                    if (word.length() > 2) {
                        frequencies.merge(MunicipalityMentions.fold(word), 1, Integer::sum);
                    }
                }
            }
        }
        return frequencies;
    }
}
