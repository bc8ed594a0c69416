package fi.ekokartta.search.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a search term in its history: who, when, and the values before and after. Never changed. */
@Entity
@Table(name = "search_term_history")
public class SearchTermChange {

    /** What was done to the term. */
    public enum Kind { CREATED, CHANGED, DEACTIVATED, ACTIVATED }

    @Id
    private UUID id = UUID.randomUUID();
    @Column(nullable = false)
    private UUID termId;
    @Column(nullable = false)
    private Instant changedAt;
    private String changedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "change", nullable = false)
    private Kind kind;
    private String oldTerm;
    private String newTerm;
    private String oldAlternatives;
    private String newAlternatives;
    private Boolean oldActive;
    private Boolean newActive;

    protected SearchTermChange() {
    }

    /** @param before the term's values before the change, null when it was created */
    SearchTermChange(Kind kind, SearchTerm after, Snapshot before, String by, Instant at) {
        this.kind = kind;
        this.termId = after.getId();
        this.changedAt = at;
        this.changedBy = by;
        this.newTerm = after.getTerm();
        this.newAlternatives = after.getAlternatives();
        this.newActive = after.isActive();
        if (before != null) {
            this.oldTerm = before.term();
            this.oldAlternatives = before.alternatives();
            this.oldActive = before.active();
        }
    }

    /** A term's values at one moment. */
    record Snapshot(String term, String alternatives, boolean active) {
        static Snapshot of(SearchTerm term) {
            return new Snapshot(term.getTerm(), term.getAlternatives(), term.isActive());
        }
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getOldTerm() {
        return oldTerm;
    }

    public String getNewTerm() {
        return newTerm;
    }

    public String getOldAlternatives() {
        return oldAlternatives;
    }

    public String getNewAlternatives() {
        return newAlternatives;
    }
}
