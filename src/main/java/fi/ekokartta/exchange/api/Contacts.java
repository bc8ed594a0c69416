package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.exchange.api.document.ContactDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.offering.PhoneType;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Contacts of services and actors. Staff-only contacts are for logged-in professionals and never exported. */
final class Contacts {

    private Contacts() {
    }

    /** Fails closed: a contact without a visibility is not known to be public. */
    static boolean isPublic(Visibility visibility) {
        return visibility == Visibility.PUBLIC;
    }

    static ContactDocument contact(UUID id, ContactDetails person) {
        return new ContactDocument(id, person.getName(), person.getTitle(), person.getDepartment(),
                WebAddresses.email(person.getEmail()),
                phones(id, person.getPhone(), person.getPhoneExtension(), null), null);
    }

    /** A single phone number as the list HSDS wants, with an id derived from its owner. */
    static List<PhoneDocument> phones(UUID ownerId, String number) {
        return phones(ownerId, number, null, null);
    }

    /** @param type null for a voice number */
    static List<PhoneDocument> phones(UUID ownerId, String number, Integer extension, PhoneType type) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        return List.of(new PhoneDocument(StableIds.of("phone", ownerId), number.strip(), extension, phoneType(type), null));
    }

    static String phoneType(PhoneType type) {
        return type == null ? "voice" : type.name().toLowerCase(Locale.ROOT);
    }
}
