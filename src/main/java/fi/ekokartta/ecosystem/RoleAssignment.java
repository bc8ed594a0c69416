package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.taxonomy.TargetGroup;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Roolitus: an actor holds a role for given client groups and municipalities, with its
 * responsibilities described and a named (role-based) contact.
 */
@Entity
@Audited
public class RoleAssignment extends BaseEntity {

    @ManyToOne(optional = false)
    private Role role;
    @ManyToOne(optional = false)
    private Actor actor;
    @ManyToMany
    @JoinTable(name = "role_assignment_target_group")
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "role_assignment_municipality")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Municipality> municipalities = new LinkedHashSet<>();
    @Embedded
    private LocalizedText responsibilities = new LocalizedText();
    @Embedded
    private ContactDetails contact = new ContactDetails();

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Actor getActor() {
        return actor;
    }

    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public Set<Municipality> getMunicipalities() {
        return municipalities;
    }

    public LocalizedText getResponsibilities() {
        return responsibilities == null ? (responsibilities = new LocalizedText()) : responsibilities;
    }

    public void setResponsibilities(LocalizedText responsibilities) {
        this.responsibilities = responsibilities;
    }

    public ContactDetails getContact() {
        return contact == null ? (contact = new ContactDetails()) : contact;
    }

    public void setContact(ContactDetails contact) {
        this.contact = contact;
    }
}
