package fi.ekokartta.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A child entity kept in its parent's list in a chosen order (contacts, channels, opening hours,
 * meeting rows), the order stored with the child itself.
 */
@MappedSuperclass
public abstract class PositionedEntity extends BaseEntity {

    @Column(name = "position")
    private Integer position;

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
