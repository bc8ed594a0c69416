package fi.ekokartta.offering;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Palvelu: a service an actor offers, described for clients and, in the staff-only parts, for
 * the counsellors who refer clients to it. Named Offering in code so that "service" keeps its
 * Spring meaning.
 */
@Entity
@Audited
public class Offering extends BaseEntity {

    @Embedded
    private LocalizedText name = new LocalizedText();
    /** Muu nimi: another name the service is known by (HSDS alternate_name). */
    @Embedded
    private LocalizedText alternateName = new LocalizedText();
    @Embedded
    private LocalizedText summary = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @ElementCollection
    @CollectionTable(name = "offering_keyword")
    private Set<Keyword> keywords = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "offering_class")
    private Set<TaxonomyTerm> classes = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "offering_target_group")
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "offering_municipality")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Municipality> municipalities = new LinkedHashSet<>();
    /** ISO 639-1 codes of the languages the service is given in. */
    @ElementCollection
    @CollectionTable(name = "offering_language")
    @Column(name = "language_code", length = 8)
    private Set<String> languages = new LinkedHashSet<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceChannel> channels = new ArrayList<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceContact> contacts = new ArrayList<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceCapacity> capacities = new ArrayList<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceCostOption> costOptions = new ArrayList<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RequiredDocument> requiredDocuments = new ArrayList<>();
    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceArea> areas = new ArrayList<>();
    /** Tiedote: a short-term notice, e.g. "ryhmä on täynnä", shown first on the card. */
    @Embedded
    private LocalizedText alert = new LocalizedText();
    /** Tulkkauspalvelut: interpretation the client can have. */
    @Embedded
    private LocalizedText interpretationServices = new LocalizedText();
    /** Akkreditoinnit: formal evaluations of the service against a standard. */
    @Embedded
    private LocalizedText accreditations = new LocalizedText();
    @Enumerated(EnumType.STRING)
    private AccessMode access;
    /** Public: how the client gets to the service. */
    @Embedded
    private LocalizedText howToGetThere = new LocalizedText();
    /** Staff only: how a counsellor refers a client (forms, systems, contacts). */
    @Embedded
    private LocalizedText referralInstructions = new LocalizedText();
    /** Staff only: notes for professionals. */
    @Embedded
    private LocalizedText internalNote = new LocalizedText();
    @Enumerated(EnumType.STRING)
    private ChargeType chargeType;
    @Embedded
    private LocalizedText costDescription = new LocalizedText();
    @Embedded
    private LocalizedText eligibility = new LocalizedText();
    private Integer minimumAge;
    private Integer maximumAge;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Column(length = 2000)
    private String funding;
    @ManyToOne(optional = false)
    private Actor provider;
    /** The provider's program (HSDS program) the service belongs to, if any. */
    @ManyToOne
    private Program program;
    @ManyToMany
    @JoinTable(name = "offering_co_producer")
    private Set<Actor> coProducers = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingStatus status = OfferingStatus.DRAFT;
    private LocalDate assuredDate;
    private String assurer;
    @Embedded
    private UpdateResponsibility responsibility = new UpdateResponsibility();
    @UpdateTimestamp
    private Instant lastModified;

    public void addChannel(ServiceChannel channel) {
        channel.setOffering(this);
        channel.setPosition(channels.size());
        channels.add(channel);
    }

    public void addContact(ServiceContact contact) {
        contact.setOffering(this);
        contact.setPosition(contacts.size());
        contacts.add(contact);
    }

    public void addCapacity(ServiceCapacity capacity) {
        capacity.setOffering(this);
        capacity.setPosition(capacities.size());
        capacities.add(capacity);
    }

    public void addCostOption(ServiceCostOption option) {
        option.setOffering(this);
        option.setPosition(costOptions.size());
        costOptions.add(option);
    }

    public void addRequiredDocument(RequiredDocument document) {
        document.setOffering(this);
        document.setPosition(requiredDocuments.size());
        requiredDocuments.add(document);
    }

    public void addArea(ServiceArea area) {
        area.setOffering(this);
        area.setPosition(areas.size());
        areas.add(area);
    }

    /** Prices of the service (HSDS cost_options), in the order the editor gave them. */
    public List<ServiceCostOption> getCostOptions() {
        return costOptions;
    }

    public List<RequiredDocument> getRequiredDocuments() {
        return requiredDocuments;
    }

    /** Service areas other than municipalities. */
    public List<ServiceArea> getAreas() {
        return areas;
    }

    public LocalizedText getAlternateName() {
        return alternateName == null ? (alternateName = new LocalizedText()) : alternateName;
    }

    public void setAlternateName(LocalizedText alternateName) {
        this.alternateName = alternateName;
    }

    public LocalizedText getAlert() {
        return alert == null ? (alert = new LocalizedText()) : alert;
    }

    public void setAlert(LocalizedText alert) {
        this.alert = alert;
    }

    public LocalizedText getInterpretationServices() {
        return interpretationServices == null ? (interpretationServices = new LocalizedText()) : interpretationServices;
    }

    public void setInterpretationServices(LocalizedText interpretationServices) {
        this.interpretationServices = interpretationServices;
    }

    public LocalizedText getAccreditations() {
        return accreditations == null ? (accreditations = new LocalizedText()) : accreditations;
    }

    public void setAccreditations(LocalizedText accreditations) {
        this.accreditations = accreditations;
    }

    /** Free places, queue length or waiting time, each with the moment it was last changed. */
    public List<ServiceCapacity> getCapacities() {
        return capacities;
    }

    public boolean isPublished() {
        return status == OfferingStatus.PUBLISHED;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getSummary() {
        return summary == null ? (summary = new LocalizedText()) : summary;
    }

    public void setSummary(LocalizedText summary) {
        this.summary = summary;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public Set<Keyword> getKeywords() {
        return keywords;
    }

    public Set<TaxonomyTerm> getClasses() {
        return classes;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public Set<Municipality> getMunicipalities() {
        return municipalities;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public List<ServiceChannel> getChannels() {
        return channels;
    }

    public List<ServiceContact> getContacts() {
        return contacts;
    }

    public AccessMode getAccess() {
        return access;
    }

    public void setAccess(AccessMode access) {
        this.access = access;
    }

    public LocalizedText getHowToGetThere() {
        return howToGetThere == null ? (howToGetThere = new LocalizedText()) : howToGetThere;
    }

    public void setHowToGetThere(LocalizedText howToGetThere) {
        this.howToGetThere = howToGetThere;
    }

    public LocalizedText getReferralInstructions() {
        return referralInstructions == null ? (referralInstructions = new LocalizedText()) : referralInstructions;
    }

    public void setReferralInstructions(LocalizedText referralInstructions) {
        this.referralInstructions = referralInstructions;
    }

    public LocalizedText getInternalNote() {
        return internalNote == null ? (internalNote = new LocalizedText()) : internalNote;
    }

    public void setInternalNote(LocalizedText internalNote) {
        this.internalNote = internalNote;
    }

    public ChargeType getChargeType() {
        return chargeType;
    }

    public void setChargeType(ChargeType chargeType) {
        this.chargeType = chargeType;
    }

    public LocalizedText getCostDescription() {
        return costDescription == null ? (costDescription = new LocalizedText()) : costDescription;
    }

    public void setCostDescription(LocalizedText costDescription) {
        this.costDescription = costDescription;
    }

    public LocalizedText getEligibility() {
        return eligibility == null ? (eligibility = new LocalizedText()) : eligibility;
    }

    public void setEligibility(LocalizedText eligibility) {
        this.eligibility = eligibility;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public Actor getProvider() {
        return provider;
    }

    public void setProvider(Actor provider) {
        this.provider = provider;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public Set<Actor> getCoProducers() {
        return coProducers;
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public void setStatus(OfferingStatus status) {
        this.status = status;
    }

    public LocalDate getAssuredDate() {
        return assuredDate;
    }

    public void setAssuredDate(LocalDate assuredDate) {
        this.assuredDate = assuredDate;
    }

    public String getAssurer() {
        return assurer;
    }

    public void setAssurer(String assurer) {
        this.assurer = assurer;
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
}
