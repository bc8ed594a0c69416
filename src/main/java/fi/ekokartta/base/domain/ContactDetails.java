package fi.ekokartta.base.domain;

import jakarta.persistence.Embeddable;

/**
 * How to reach a person or a role: yhteystieto. Role-based contacts ("Palveluohjaaja") are
 * preferred to named persons.
 */
@Embeddable
public class ContactDetails {

    private String name;
    private String title;
    private String department;
    private String email;
    private String phone;
    /** Alanumero of the phone: imported, and edited with a service's contact. */
    private Integer phoneExtension;

    public ContactDetails() {
    }

    public ContactDetails(String name, String title, String department, String email, String phone) {
        this(name, title, department, email, phone, null);
    }

    public ContactDetails(String name, String title, String department, String email, String phone,
                          Integer phoneExtension) {
        this.name = name;
        this.title = title;
        this.department = department;
        this.email = email;
        this.phone = phone;
        this.phoneExtension = phoneExtension;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getDepartment() {
        return department;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Integer getPhoneExtension() {
        return phoneExtension;
    }
}
