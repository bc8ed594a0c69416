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
    private String email;
    /** Public transport and parking: how to find the place. */
    @Column(length = 4000)
    private String transportation;
    @Column(length = 4000)
    private String accessibility;
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
}
