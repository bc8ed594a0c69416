package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.exchange.api.document.ContactDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.offering.PhoneType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** HSDS contacts and phones, shared by organizations and services, read from their bound records. */
final class HsdsContacts {

    /** @param id the source's id, empty when it has none or a readable one */
    record Contact(Optional<UUID> id, ContactDetails details, Visibility visibility) {
    }

    private HsdsContacts() {
    }

    static List<Contact> contacts(ImportEntry owner, List<ContactDocument> items) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ContactDocument item = items.get(i);
            if (item == null) {
                continue;
            }
            ImportEntry contact = owner.child("contacts", i);
            String name = item.name() != null ? item.name() : item.title();
            if (name == null) {
                contact.reject("name", "import.problem.contact-needs-name");
                continue;
            }
            String visibility = HsdsAttributes.of(contact, item.attributes()).extension("visibility");
            Visibility parsed = visibility == null ? Visibility.PUBLIC
                    : contact.parseEnum("attributes.visibility", visibility, Visibility.class).orElse(Visibility.PUBLIC);
            Optional<Phone> phone = contactPhone(contact, item.phones());
            contacts.add(new Contact(Optional.ofNullable(item.id()), new ContactDetails(name, item.title(),
                    item.department(), contact.email("email", item.email()).orElse(null),
                    phone.map(Phone::number).orElse(null), phone.map(Phone::extension).orElse(null)), parsed));
        }
        return contacts;
    }

    /**
     * A phone that becomes a channel of its own, keeping the source's id.
     *
     * @param extension the extension dialled after the number, if any
     * @param type      null for a voice number
     */
    record Phone(Optional<UUID> id, String number, Integer extension, PhoneType type, String description) {
    }

    static List<Phone> phoneChannels(ImportEntry owner, List<PhoneDocument> items) {
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                phone(owner.child("phones", i), items.get(i)).ifPresent(phones::add);
            }
        }
        return phones;
    }

    /** The first phone of a place, which becomes the phone of its channel; any others are dropped. */
    static Optional<Phone> placePhone(ImportEntry place, List<PhoneDocument> items) {
        for (int i = 1; i < items.size(); i++) {
            place.unused("phones[" + i + "]");
        }
        if (items.isEmpty() || items.getFirst() == null) {
            return Optional.empty();
        }
        ImportEntry phone = place.child("phones", 0);
        Optional<Phone> read = phone(phone, items.getFirst());
        // A place's phone has no name of its own on the channel: the channel's name is the place's.
        read.ifPresent(found -> phone.unused("description"));
        return read;
    }

    /** A contact's first phone is its number, with its extension; its type and description, and any other phones, are dropped. */
    private static Optional<Phone> contactPhone(ImportEntry contact, List<PhoneDocument> items) {
        for (int i = 1; i < items.size(); i++) {
            contact.unused("phones[" + i + "]");
        }
        if (items.isEmpty() || items.getFirst() == null) {
            return Optional.empty();
        }
        ImportEntry phone = contact.child("phones", 0);
        Optional<Phone> read = phone(phone, items.getFirst());
        phone.unused("type");
        phone.unused("description");
        return read;
    }

    private static Optional<Phone> phone(ImportEntry phone, PhoneDocument item) {
        String number = phone.required("number", item.number());
        Integer extension = item.extension();
        if (extension != null && extension <= 0) {
            phone.reject("extension", "import.problem.not-extension", String.valueOf(extension));
            extension = null;
        }
        PhoneType type = phone.enumValue("type", item.type(), PhoneType.class).orElse(null);
        return number == null ? Optional.empty()
                : Optional.of(new Phone(Optional.ofNullable(item.id()), number, extension, type, item.description()));
    }

    /**
     * An organization's first phone number is its phone; only the numbers are read (any other
     * number is checked, then dropped with everything else of its phone).
     */
    static Optional<String> firstPhone(ImportEntry owner, List<PhoneDocument> items) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            ImportEntry phone = owner.child("phones", i);
            List.of("id", "extension", "type", "description").forEach(phone::unused);
            String number = phone.required("number", items.get(i).number());
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers.stream().findFirst();
    }
}
