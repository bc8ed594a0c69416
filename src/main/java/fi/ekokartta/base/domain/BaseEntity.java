package fi.ekokartta.base.domain;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity and optimistic locking shared by every editable entity. Ids are UUIDs assigned by the
 * application, so ids from an Open Referral HSDS dataset are kept as they are.
 */
@MappedSuperclass
@EntityListeners(ContentChanges.class)
public abstract class BaseEntity {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        return Objects.equals(id, ((BaseEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
