package fi.ekokartta.offering;

/**
 * Puhelintyyppi: what a phone number answers to, as HSDS names it ({@code voice}, {@code text},
 * …). A number without a type is a voice number.
 */
public enum PhoneType {
    VOICE, TEXT, FAX, CELL, VIDEO, PAGER, TEXTPHONE
}
