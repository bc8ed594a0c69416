package fi.ekokartta.guidance;

import fi.ekokartta.base.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A counsellor's list of services for one client, without anything that identifies the client.
 * Shared by its token, which is long and random; past its expiry it is neither shown nor kept.
 * The counsellor works on the list she opened last (started or reopened).
 */
@Entity
public class Shortlist {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    @Column(nullable = false)
    private String ownerUsername;

    @Column(nullable = false, unique = true)
    private String shareToken;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private Instant openedAt;

    @OneToMany(mappedBy = "shortlist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ShortlistItem> items = new ArrayList<>();

    /** The language of the client's handout (fi, sv, en). */
    @Column(nullable = false, length = 2)
    private String handoutLanguage = Language.DEFAULT.code();

    /** The client's municipality (Statistics Finland code): the handout shows its offices only; null for all. */
    private String handoutMunicipality;

    protected Shortlist() {
    }

    Shortlist(String ownerUsername, String shareToken, Instant createdAt, Instant expiresAt) {
        this.ownerUsername = ownerUsername;
        this.shareToken = shareToken;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.openedAt = createdAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Adds a service at the end; a service already on the list stays where it is. */
    boolean add(UUID offeringId) {
        if (items.stream().anyMatch(item -> item.getOfferingId().equals(offeringId))) {
            return false;
        }
        items.add(new ShortlistItem(this, offeringId, items.size()));
        return true;
    }

    /**
     * Puts a removed service back at its former place (last, if the list is now shorter) with its
     * note; a service added again meanwhile stays as it is.
     */
    void restore(UUID offeringId, String note, int position) {
        if (add(offeringId)) {
            ShortlistItem restored = items.removeLast();
            restored.setNote(note);
            items.add(Math.clamp(position, 0, items.size()), restored);
            renumber();
        }
    }

    void reopen(Instant now) {
        openedAt = now;
    }

    void remove(UUID itemId) {
        items.removeIf(item -> item.getId().equals(itemId));
        renumber();
    }

    /** Moves an item one place up (-1) or down (+1); at either end nothing moves. */
    void move(UUID itemId, int step) {
        int from = indexOf(itemId);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(from));
        renumber();
    }

    ShortlistItem item(UUID itemId) {
        int index = indexOf(itemId);
        if (index < 0) {
            throw new IllegalArgumentException("No item " + itemId + " on the list");
        }
        return items.get(index);
    }

    private int indexOf(UUID itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }

    public UUID getId() {
        return id;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getShareToken() {
        return shareToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public List<ShortlistItem> getItems() {
        return items;
    }

    public HandoutOptions getHandoutOptions() {
        return new HandoutOptions(Language.fromCode(handoutLanguage).orElse(Language.DEFAULT), handoutMunicipality);
    }

    void setHandoutOptions(HandoutOptions options) {
        this.handoutLanguage = options.language().code();
        this.handoutMunicipality = options.municipalityCode();
    }
}
