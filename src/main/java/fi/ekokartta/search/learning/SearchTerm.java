package fi.ekokartta.search.learning;

import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A coordinator's search term (hakusana): a synonym, an abbreviation or an "also search for" term,
 * with its alternatives. Never deleted, deactivated instead; its changes are in {@link SearchTermChange}.
 */
@Entity
public class SearchTerm extends BaseEntity {

    static final String SEPARATOR = ", ";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SearchTermKind kind;
    @Column(nullable = false)
    private String term;
    /** The term as words are compared: lower case, ä and ö folded; unique among the active terms of a kind. */
    @Column(nullable = false)
    private String termKey;
    @Column(nullable = false)
    private String alternatives;
    private boolean active = true;
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    private String updatedBy;
    @Column(nullable = false)
    private Instant updatedAt;

    public SearchTermKind getKind() {
        return kind;
    }

    public String getTerm() {
        return term;
    }

    public String getAlternatives() {
        return alternatives;
    }

    public List<String> alternativeList() {
        return Arrays.stream(alternatives.split(SEPARATOR)).filter(alternative -> !alternative.isBlank()).toList();
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void created(String by, Instant at) {
        createdBy = by;
        createdAt = at;
        changed(by, at);
    }

    void changed(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    void setContent(SearchTermKind kind, String term, String termKey, List<String> alternatives) {
        this.kind = kind;
        this.term = term;
        this.termKey = termKey;
        this.alternatives = String.join(SEPARATOR, alternatives);
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
