package fi.ekokartta.offering;

import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.List;

/**
 * Asiointikanava: one way to use a service — a visiting address with opening hours, a phone
 * number, an e-mail address, a web page, an e-service, a chat or remote meetings.
 */
@Entity
@Audited
public class ServiceChannel extends PositionedEntity {

    @ManyToOne(optional = false)
    private Offering offering;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChannelType type;
    @Embedded
    private LocalizedText name = new LocalizedText();
    private String streetAddress;
    private String postalCode;
    private String city;
    private Double latitude;
    private Double longitude;
    @Column(length = 2000)
    private String url;
    private String phone;
    /** Alanumero: dialled after the number. */
    private Integer phoneExtension;
    /** Null is a voice number. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PhoneType phoneType;
    private String email;
    /** Another name the place is known by (e.g. "Virastotalo"). */
    private String alternateName;
    /** What the place is; the name says which place it is. */
    @Embedded
    private LocalizedText description = new LocalizedText();
    /** An identifier of the place in another register, e.g. a building id, with the register's name as its type. */
    private String externalIdentifier;
    private String externalIdentifierType;
    /** Postiosoite: where letters go, when not to the visiting address. */
    private String postalStreetAddress;
    private String postalPostalCode;
    private String postalCity;
    /** Public transport and parking: how to find the place. */
    @Column(length = 4000)
    private String transportation;
    @Column(length = 4000)
    private String accessibility;
    /** Practical accessibility advice (e.g. how to use an induction loop) beside the description. */
    @Column(length = 4000)
    private String accessibilityDetails;
    /** A page with the place's full accessibility information. */
    @Column(length = 2000)
    private String accessibilityUrl;
    /** Served by appointment only: the hours, if any, are when appointments can be made. */
    @Column(nullable = false)
    private boolean byAppointment;
    @OneToMany(mappedBy = "channel", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OpeningHours> openingHours = new ArrayList<>();

    public void addOpeningHours(OpeningHours hours) {
        hours.setChannel(this);
        hours.setPosition(openingHours.size());
        openingHours.add(hours);
    }

    public Offering getOffering() {
        return offering;
    }

    public void setOffering(Offering offering) {
        this.offering = offering;
    }

    public ChannelType getType() {
        return type;
    }

    public void setType(ChannelType type) {
        this.type = type;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTransportation() {
        return transportation;
    }

    public void setTransportation(String transportation) {
        this.transportation = transportation;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

    public boolean isByAppointment() {
        return byAppointment;
    }

    public void setByAppointment(boolean byAppointment) {
        this.byAppointment = byAppointment;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public Integer getPhoneExtension() {
        return phoneExtension;
    }

    public void setPhoneExtension(Integer phoneExtension) {
        this.phoneExtension = phoneExtension;
    }

    public PhoneType getPhoneType() {
        return phoneType;
    }

    public void setPhoneType(PhoneType phoneType) {
        this.phoneType = phoneType;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public String getExternalIdentifier() {
        return externalIdentifier;
    }

    public void setExternalIdentifier(String externalIdentifier) {
        this.externalIdentifier = externalIdentifier;
    }

    public String getExternalIdentifierType() {
        return externalIdentifierType;
    }

    public void setExternalIdentifierType(String externalIdentifierType) {
        this.externalIdentifierType = externalIdentifierType;
    }

    public String getPostalStreetAddress() {
        return postalStreetAddress;
    }

    public void setPostalStreetAddress(String postalStreetAddress) {
        this.postalStreetAddress = postalStreetAddress;
    }

    public String getPostalPostalCode() {
        return postalPostalCode;
    }

    public void setPostalPostalCode(String postalPostalCode) {
        this.postalPostalCode = postalPostalCode;
    }

    public String getPostalCity() {
        return postalCity;
    }

    public void setPostalCity(String postalCity) {
        this.postalCity = postalCity;
    }

    public String getAccessibilityDetails() {
        return accessibilityDetails;
    }

    public void setAccessibilityDetails(String accessibilityDetails) {
        this.accessibilityDetails = accessibilityDetails;
    }

    public String getAccessibilityUrl() {
        return accessibilityUrl;
    }

    public void setAccessibilityUrl(String accessibilityUrl) {
        this.accessibilityUrl = accessibilityUrl;
    }
}
