package fi.ekokartta.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.UUID;

/** A service on a shortlist, its place in the order and the counsellor's note for the handout. */
@Entity
public class ShortlistItem {

    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shortlist_id")
    private Shortlist shortlist;

    @Column(name = "offering_id", nullable = false)
    private UUID offeringId;

    @Column(nullable = false)
    private int position;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    protected ShortlistItem() {
    }

    ShortlistItem(Shortlist shortlist, UUID offeringId, int position) {
        this.shortlist = shortlist;
        this.offeringId = offeringId;
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOfferingId() {
        return offeringId;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
