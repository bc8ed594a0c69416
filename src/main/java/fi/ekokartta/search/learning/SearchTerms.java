package fi.ekokartta.search.learning;

import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The coordinators' search terms: list, add, change, deactivate and activate, each change written
 * to the term's history in the same transaction and applied to the search once it is committed.
 * Coordinators and administrators only; everyone else is refused and nothing changes.
 */
@Service
@Transactional
public class SearchTerms {

    static final int MAX_WORDS = 3;
    static final int MAX_ALTERNATIVES = 5;

    /** A term as listed. */
    public record Row(UUID id, long version, SearchTermKind kind, String term, List<String> alternatives, boolean active,
                      String updatedBy, Instant updatedAt) {
    }

    /** One change in a term's history. */
    public record Change(SearchTermChange.Kind kind, Instant at, String by, String oldTerm, String newTerm,
                         String oldAlternatives, String newAlternatives) {
    }

    private final SearchTermRepository terms;
    private final SearchTermChangeRepository changes;
    private final SearchLearningRights rights;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    SearchTerms(SearchTermRepository terms, SearchTermChangeRepository changes, SearchLearningRights rights,
                ApplicationEventPublisher events) {
        this.terms = terms;
        this.changes = changes;
        this.rights = rights;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return rights.mayManage();
    }

    /** Every term, active ones first. */
    @Transactional(readOnly = true)
    public List<Row> all() {
        rights.require("list search terms");
        return terms.findAllByOrderByActiveDescTermAsc().stream().map(SearchTerms::row).toList();
    }

    @Transactional(readOnly = true)
    public List<Change> history(UUID id) {
        rights.require("read search term history");
        return changes.findByTermIdOrderByChangedAtDesc(id).stream()
                .map(change -> new Change(change.getKind(), change.getChangedAt(), change.getChangedBy(), change.getOldTerm(),
                        change.getNewTerm(), change.getOldAlternatives(), change.getNewAlternatives()))
                .toList();
    }

    public UUID create(SearchTermContent content) {
        rights.require("create search term");
        Clean clean = validate(content, null);
        SearchTerm term = new SearchTerm();
        term.setContent(content.kind(), clean.term(), SearchTermExpansions.key(clean.term()), clean.alternatives());
        Instant now = now();
        term.created(rights.username(), now);
        terms.saveAndFlush(term);
        recorded(new SearchTermChange(SearchTermChange.Kind.CREATED, term, null, rights.username(), now));
        return term.getId();
    }

    public void update(UUID id, long version, SearchTermContent content) {
        SearchTerm term = editable(id, version, "edit search term");
        Clean clean = validate(content, term.isActive() ? id : null);
        SearchTermChange.Snapshot before = SearchTermChange.Snapshot.of(term);
        term.setContent(content.kind(), clean.term(), SearchTermExpansions.key(clean.term()), clean.alternatives());
        changed(term, before, SearchTermChange.Kind.CHANGED);
    }

    public void setActive(UUID id, long version, boolean active) {
        SearchTerm term = editable(id, version, active ? "activate search term" : "deactivate search term");
        if (term.isActive() == active) {
            return;
        }
        if (active && terms.existsByKindAndTermKeyAndActiveTrueAndIdNot(term.getKind(), SearchTermExpansions.key(term.getTerm()), id)) {
            throw new RejectedInputException("search-terms.error.duplicate", term.getTerm());
        }
        SearchTermChange.Snapshot before = SearchTermChange.Snapshot.of(term);
        term.setActive(active);
        changed(term, before, active ? SearchTermChange.Kind.ACTIVATED : SearchTermChange.Kind.DEACTIVATED);
    }

    private void changed(SearchTerm term, SearchTermChange.Snapshot before, SearchTermChange.Kind kind) {
        Instant now = now();
        term.changed(rights.username(), now);
        terms.saveAndFlush(term);
        recorded(new SearchTermChange(kind, term, before, rights.username(), now));
    }

    private void recorded(SearchTermChange change) {
        changes.save(change);
        events.publishEvent(new SearchTermsChanged());
    }

    private SearchTerm editable(UUID id, long version, String operation) {
        rights.require(operation);
        SearchTerm term = terms.findById(id).orElseThrow(() -> new RejectedInputException("search-terms.error.not-found"));
        long current = term.getVersion() == null ? 0 : term.getVersion();
        if (current != version) {
            throw new ConflictException("Search term " + id, version, current, List.of());
        }
        return term;
    }

    private record Clean(String term, List<String> alternatives) {
    }

    /** @param activeId the term being changed when it is active (it is no duplicate of itself), else null */
    private Clean validate(SearchTermContent content, UUID activeId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String term = GapQuery.normalize(content.term());
        if (content.kind() == null) {
            errors.put("kind", "search-terms.error.kind-required");
        }
        if (term.isEmpty()) {
            errors.put("term", "search-terms.error.term-required");
        } else if (term.length() > GapQuery.MAX_CHARACTERS) {
            errors.put("term", "search-terms.error.too-long");
        } else if (term.contains(" ")) {
            errors.put("term", "search-terms.error.one-word");
        } else if (content.kind() != null && terms.existsByKindAndTermKeyAndActiveTrueAndIdNot(content.kind(),
                SearchTermExpansions.key(term), activeId == null ? new UUID(0, 0) : activeId)) {
            errors.put("term", "search-terms.error.duplicate");
        }
        Set<String> alternatives = new LinkedHashSet<>();
        for (String alternative : content.alternatives()) {
            String clean = GapQuery.normalize(alternative);
            if (!clean.isEmpty() && !SearchTermExpansions.key(clean).equals(SearchTermExpansions.key(term))) {
                alternatives.add(clean);
            }
        }
        if (alternatives.isEmpty()) {
            errors.put("alternatives", "search-terms.error.alternatives-required");
        } else if (alternatives.size() > MAX_ALTERNATIVES) {
            errors.put("alternatives", "search-terms.error.too-many");
        } else if (alternatives.stream().anyMatch(alternative -> alternative.length() > GapQuery.MAX_CHARACTERS
                || alternative.split(" ").length > MAX_WORDS || alternative.contains(","))) {
            errors.put("alternatives", "search-terms.error.alternative-too-long");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Clean(term, new ArrayList<>(alternatives));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Row row(SearchTerm term) {
        return new Row(term.getId(), term.getVersion() == null ? 0 : term.getVersion(), term.getKind(), term.getTerm(),
                term.alternativeList(), term.isActive(), term.getUpdatedBy(), term.getUpdatedAt());
    }
}
