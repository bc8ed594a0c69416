package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.ContentChanges;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Service documents already mapped and written as JSON, per language and form, so that a search page is
 * served without loading services from the database or serializing them again. Any change to the
 * directory's content makes every entry stale ({@link ContentChanges}); changes are rare next to
 * reads. The cache holds about {@value #MAX_CHARACTERS} characters of JSON at most (a document is
 * a few kilobytes; the count is not exact while threads store at once) and starts over when full.
 */
@Component
class ServiceDocumentCache {

    static final long MAX_CHARACTERS = 64L * 1024 * 1024;

    private record Key(UUID id, String language, ServiceForm form) {
    }

    private record Entry(long generation, ServiceJson document) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong characters = new AtomicLong();
    private final OfferingRepository offerings;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ServiceDocumentCache(OfferingRepository offerings, PlatformTransactionManager transactionManager, JsonMapper json) {
        this.offerings = offerings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.json = json;
    }

    /** The documents of the services, from the cache or, for those not in it, mapped in one read-only transaction. */
    Map<UUID, ServiceJson> documents(List<UUID> ids, ApiLanguage language, ServiceForm form) {
        long generation = ContentChanges.generation();
        Map<UUID, ServiceJson> documents = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : ids) {
            Entry entry = entries.get(new Key(id, language.code(), form));
            if (entry != null && entry.generation() == generation) {
                documents.put(id, entry.document());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                ServiceMapper mapper = new ServiceMapper(language);
                Function<Offering, ServiceDocument> mapping = switch (form) {
                    case FULL -> mapper::full;
                    case LIST -> mapper::list;
                    case MINIMAL -> mapper::minimal;
                };
                for (Offering offering : offerings.findAllById(missing)) {
                    ServiceJson document = new ServiceJson(json.writeValueAsString(mapping.apply(offering)));
                    documents.put(offering.getId(), document);
                    put(new Key(offering.getId(), language.code(), form), new Entry(generation, document));
                }
            });
        }
        return documents;
    }

    /** Stores a document written from data read at the entry's generation. */
    private void put(Key key, Entry entry) {
        if (characters.addAndGet(entry.document().json().length()) > MAX_CHARACTERS) {
            entries.clear();
            characters.set(entry.document().json().length());
        }
        Entry replaced = entries.put(key, entry);
        if (replaced != null) {
            characters.addAndGet(-replaced.document().json().length());
        }
    }
}
