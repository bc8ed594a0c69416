package fi.ekokartta.search;

import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.offering.OfferingStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of published service names and keywords, with their frequencies, for spelling
 * suggestions. Rebuilt after the directory's content changed.
 */
@Component
class SearchVocabulary {

    private record Snapshot(long generation, SpellingSuggester suggester) {
    }

    private final EntityManager entityManager;
    private volatile Snapshot snapshot;

    SearchVocabulary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    SpellingSuggester suggester() {
        long generation = ContentChanges.generation();
        Snapshot current = snapshot;
        if (current == null || current.generation() != generation) {
            current = new Snapshot(generation, new SpellingSuggester(words()));
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
                        frequencies.merge(Folding.fold(word), 1, Integer::sum);
                    }
                }
            }
        }
        return frequencies;
    }
}
