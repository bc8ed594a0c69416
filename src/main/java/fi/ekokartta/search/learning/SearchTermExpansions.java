package fi.ekokartta.search.learning;

import fi.ekokartta.search.Folding;
import fi.ekokartta.search.SearchPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The active search terms as the search applies them: an immutable map from a word (lower case,
 * ä and ö folded as the index folds them) to its alternatives. It is replaced whole when a change
 * is committed on this node, and every minute when the terms changed on another node (their
 * count or latest change differ), so that a change takes effect without a restart everywhere.
 * Only one-word terms expand (a word of the query is what is looked up); an alternative may have
 * several words.
 */
@Component
public class SearchTermExpansions {

    private static final Logger LOG = LoggerFactory.getLogger(SearchTermExpansions.class);

    private record Snapshot(String stamp, Map<String, List<String>> alternatives) {
    }

    private final SearchTermRepository terms;
    private final TransactionTemplate transaction;
    private volatile Snapshot snapshot;

    SearchTermExpansions(SearchTermRepository terms, PlatformTransactionManager transactions) {
        this.terms = terms;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.setReadOnly(true);
    }

    /** The plan with the alternatives of its words, or the plan itself when none of its words has any. */
    public SearchPlan applyTo(SearchPlan plan) {
        Map<String, List<String>> known = current().alternatives();
        if (known.isEmpty() || plan.words().isEmpty()) {
            return plan;
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String word : plan.words()) {
            List<String> alternatives = known.get(key(word));
            if (alternatives != null) {
                found.put(word, alternatives);
            }
        }
        return found.isEmpty() ? plan : plan.withAlternatives(found);
    }

    /** The alternatives of one word (for tests and the coordinators' view). */
    public List<String> alternativesOf(String word) {
        return current().alternatives().getOrDefault(key(word), List.of());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(SearchTermsChanged event) {
        reload();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        reload();
    }

    /** Another node's changes: read again only when the terms' count or latest change differ. */
    @Scheduled(fixedDelayString = "${ekokartta.search.terms-refresh:60s}", initialDelayString = "${ekokartta.search.terms-refresh:60s}")
    public void refreshIfChanged() {
        try {
            String stamp = transaction.execute(status -> terms.stamp());
            Snapshot known = snapshot;
            if (known == null || !Objects.equals(known.stamp(), stamp)) {
                reload();
            }
        } catch (RuntimeException e) {
            LOG.warn("Search terms were not checked for changes: {}", e.toString());
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        return known != null ? known : reload();
    }

    /** Reads the active terms; when the database cannot be read, the search goes on with the terms it had. */
    synchronized Snapshot reload() {
        try {
            Snapshot read = transaction.execute(status -> new Snapshot(terms.stamp(), expansions(terms.findByActiveTrue())));
            snapshot = read;
            return read;
        } catch (RuntimeException e) {
            LOG.warn("Search terms were not read: {}", e.toString());
            Snapshot known = snapshot;
            return known != null ? known : new Snapshot("", Map.of());
        }
    }

    static Map<String, List<String>> expansions(List<SearchTerm> active) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (SearchTerm term : active) {
            List<String> alternatives = term.alternativeList();
            switch (term.getKind()) {
                case SYNONYM -> {
                    List<String> members = new ArrayList<>(List.of(term.getTerm()));
                    members.addAll(alternatives);
                    members.forEach(member -> add(found, member, members));
                }
                case ABBREVIATION -> {
                    add(found, term.getTerm(), alternatives);
                    alternatives.forEach(longForm -> add(found, longForm, List.of(term.getTerm())));
                }
                case ALSO_SEARCH -> add(found, term.getTerm(), alternatives);
            }
        }
        Map<String, List<String>> immutable = new LinkedHashMap<>();
        found.forEach((word, alternatives) -> immutable.put(word, List.copyOf(alternatives)));
        return Map.copyOf(immutable);
    }

    /** A term of several words is not a key: the query is looked up word by word. */
    private static void add(Map<String, Set<String>> found, String term, List<String> alternatives) {
        String key = key(term);
        if (key.isEmpty() || key.contains(" ")) {
            return;
        }
        Set<String> known = found.computeIfAbsent(key, k -> new LinkedHashSet<>());
        alternatives.stream().filter(alternative -> !key(alternative).equals(key)).forEach(known::add);
    }

    static String key(String word) {
        return Folding.fold(GapQuery.normalize(word));
    }
}
