package fi.ekokartta.base.domain;

/** Who may see a contact or a text: everyone, or logged-in professionals only. */
public enum Visibility {
    PUBLIC, STAFF
}
