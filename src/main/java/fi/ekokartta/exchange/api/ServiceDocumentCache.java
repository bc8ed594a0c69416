package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service documents already mapped, per language, so that a search page is served without
 * loading services from the database. Any change to the directory's content makes every entry
 * stale ({@link ContentChanges}); changes are rare next to reads.
 */
@Component
class ServiceDocumentCache {

    private static final int MAX_ENTRIES = 50_000;

    private record Key(UUID id, String language) {
    }

    private record Entry(long generation, ServiceDocument document) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Optional<ServiceDocument> get(UUID id, String language) {
        Entry entry = entries.get(new Key(id, language));
        return entry != null && entry.generation() == ContentChanges.generation()
                ? Optional.of(entry.document()) : Optional.empty();
    }

    /** Stores a document mapped from data read at the given generation. */
    void put(ServiceDocument document, String language, long generation) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(new Key(document.id(), language), new Entry(generation, document));
    }
}
