package fi.ekokartta.actor;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Toimija: an organization or unit of the employment ecosystem (a city, its employment services,
 * the wellbeing county, Kela, a school, an NGO, a company, a project).
 */
@Entity
@Audited
public class Actor extends BaseEntity {

    public static final int FUNDING_LENGTH = 2000;

    @Embedded
    private LocalizedText name = new LocalizedText();
    private String alternateName;
    @Embedded
    private LocalizedText description = new LocalizedText();
    @Enumerated(EnumType.STRING)
    private ActorSector sector;
    /** Archived actors leave the public directory and the provider choices; the entry and its history stay. */
    @Enumerated(EnumType.STRING)
    private ActorStatus status = ActorStatus.ACTIVE;
    /** Y-tunnus, always stored in its canonical form 1234567-8. */
    private String businessId;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor parent;
    @ManyToMany
    @JoinTable(name = "actor_municipality")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Municipality> municipalities = new LinkedHashSet<>();
    private String website;
    private String email;
    private String phone;
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActorContact> contacts = new ArrayList<>();
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Program> programs = new ArrayList<>();
    /** Further web addresses beside {@link #website} (HSDS additional_websites). */
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActorWebsite> websites = new ArrayList<>();
    /** Registered identifiers other than the Y-tunnus (HSDS organization_identifiers). */
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActorIdentifier> identifiers = new ArrayList<>();
    /** The legal form in words, e.g. "Rekisteröity yhdistys", "Osakeyhtiö" (HSDS legal_status). */
    private String legalStatus;
    /** The year the actor was founded or registered (HSDS year_incorporated). */
    private Integer yearIncorporated;
    /** The address of the actor's logo image (HSDS logo). */
    @Column(length = ActorWebsite.URL_LENGTH)
    private String logo;
    /** A persistent identifier of the actor as a URI, e.g. its entry in another register (HSDS uri). */
    @Column(length = ActorWebsite.URL_LENGTH)
    private String uri;
    /** How the actor is funded, in words (HSDS organization funding sources, joined). */
    @Column(length = FUNDING_LENGTH)
    private String funding;
    @Embedded
    private UpdateResponsibility responsibility = new UpdateResponsibility();
    @UpdateTimestamp
    private Instant lastModified;
    /** New entries of this organization and the units under it are published by a coordinator. */
    private boolean approvalRequired;
    /**
     * The review interval of this organization's entries and of the units under it that set none
     * of their own; null leaves it to the organization above (else 12 months).
     */
    private Integer defaultReviewIntervalMonths;
    /** Who last re-assured the actor ("Tiedot ovat ajan tasalla"): an e-mail address or a username. */
    private String assurer;

    public void addProgram(Program program) {
        program.setActor(this);
        program.setPosition(programs.size());
        programs.add(program);
    }

    /** Replaces the programs, keeping their order; a kept program keeps its id and its services. */
    public void replacePrograms(List<Program> replacement) {
        programs.clear();
        replacement.forEach(this::addProgram);
    }

    /** The programs (HSDS program) the actor runs, which its services may belong to. */
    public List<Program> getPrograms() {
        return programs;
    }

    public void addContact(ActorContact contact) {
        contact.setActor(this);
        contact.setPosition(contacts.size());
        contacts.add(contact);
    }

    public void addWebsite(ActorWebsite website) {
        website.setActor(this);
        website.setPosition(websites.size());
        websites.add(website);
    }

    /** Replaces the further web addresses, keeping their order. */
    public void replaceWebsites(List<ActorWebsite> replacement) {
        websites.clear();
        replacement.forEach(this::addWebsite);
    }

    public void addIdentifier(ActorIdentifier identifier) {
        identifier.setActor(this);
        identifier.setPosition(identifiers.size());
        identifiers.add(identifier);
    }

    /** Replaces the identifiers other than the Y-tunnus, keeping their order. */
    public void replaceIdentifiers(List<ActorIdentifier> replacement) {
        identifiers.clear();
        replacement.forEach(this::addIdentifier);
    }

    public List<ActorWebsite> getWebsites() {
        return websites;
    }

    public List<ActorIdentifier> getIdentifiers() {
        return identifiers;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    public Integer getYearIncorporated() {
        return yearIncorporated;
    }

    public void setYearIncorporated(Integer yearIncorporated) {
        this.yearIncorporated = yearIncorporated;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public ActorSector getSector() {
        return sector;
    }

    public void setSector(ActorSector sector) {
        this.sector = sector;
    }

    public ActorStatus getStatus() {
        return status == null ? ActorStatus.ACTIVE : status;
    }

    public void setStatus(ActorStatus status) {
        this.status = status;
    }

    public boolean isActive() {
        return getStatus() == ActorStatus.ACTIVE;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public Actor getParent() {
        return parent;
    }

    public void setParent(Actor parent) {
        this.parent = parent;
    }

    public Set<Municipality> getMunicipalities() {
        return municipalities;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<ActorContact> getContacts() {
        return contacts;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    /**
     * Whether this actor's entries need a coordinator's approval: it requires it itself, or an
     * organization above it does (a parent's rule covers its units).
     */
    public boolean requiresApproval() {
        Set<UUID> seen = new HashSet<>();
        for (Actor actor = this; actor != null && seen.add(actor.getId()); actor = actor.getParent()) {
            if (actor.isApprovalRequired()) {
                return true;
            }
        }
        return false;
    }

    public UpdateResponsibility getResponsibility() {
        return responsibility == null ? (responsibility = new UpdateResponsibility()) : responsibility;
    }

    public void setResponsibility(UpdateResponsibility responsibility) {
        this.responsibility = responsibility;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public void setLastModified(Instant lastModified) {
        this.lastModified = lastModified;
    }

    public Integer getDefaultReviewIntervalMonths() {
        return defaultReviewIntervalMonths;
    }

    public void setDefaultReviewIntervalMonths(Integer defaultReviewIntervalMonths) {
        this.defaultReviewIntervalMonths = defaultReviewIntervalMonths;
    }

    public String getAssurer() {
        return assurer;
    }

    public void setAssurer(String assurer) {
        this.assurer = assurer;
    }
}
