package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private final OfferingRepository offerings;
    private final TransactionTemplate transaction;

    ServiceDocumentCache(OfferingRepository offerings, PlatformTransactionManager transactionManager) {
        this.offerings = offerings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
    }

    /** The documents of the services, from the cache or, for those not in it, mapped in one read-only transaction. */
    Map<UUID, ServiceDocument> documents(List<UUID> ids, ApiLanguage language) {
        long generation = ContentChanges.generation();
        Map<UUID, ServiceDocument> documents = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : ids) {
            get(id, language.code()).ifPresentOrElse(document -> documents.put(id, document), () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                ServiceMapper mapper = new ServiceMapper(language);
                for (Offering offering : offerings.findAllById(missing)) {
                    ServiceDocument document = mapper.full(offering);
                    documents.put(offering.getId(), document);
                    put(document, language.code(), generation);
                }
            });
        }
        return documents;
    }

    private static final int MAX_ENTRIES = 50_000;

    private record Key(UUID id, String language) {
    }

    private record Entry(long generation, ServiceDocument document) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    private Optional<ServiceDocument> get(UUID id, String language) {
        Entry entry = entries.get(new Key(id, language));
        return entry != null && entry.generation() == ContentChanges.generation()
                ? Optional.of(entry.document()) : Optional.empty();
    }

    /** Stores a document mapped from data read at the given generation. */
    private void put(ServiceDocument document, String language, long generation) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(new Key(document.id(), language), new Entry(generation, document));
    }
}
