package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.PhoneType;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** HSDS contacts and phones, shared by organizations and services. */
final class HsdsContacts {

    /** @param id the source's id, empty when it has none or a readable one */
    record Contact(Optional<UUID> id, ContactDetails details, Visibility visibility) {
    }

    private HsdsContacts() {
    }

    static List<Contact> contacts(ImportEntry owner) {
        List<Contact> contacts = new ArrayList<>();
        List<JsonNode> items = owner.array("contacts");
        for (int i = 0; i < items.size(); i++) {
            ImportEntry contact = owner.child(items.get(i), "contacts[" + i + "]");
            String name = contact.text("name").or(() -> contact.text("title")).orElse(null);
            if (name == null) {
                contact.reject("name", "import.problem.contact-needs-name");
                continue;
            }
            String visibility = HsdsAttributes.of(contact).extension("visibility");
            Visibility parsed = visibility == null ? Visibility.PUBLIC
                    : contact.parseEnum("attributes.visibility", visibility, Visibility.class).orElse(Visibility.PUBLIC);
            Optional<Phone> phone = contactPhone(contact);
            contacts.add(new Contact(contact.id("id"), new ContactDetails(name, contact.text("title").orElse(null),
                    contact.text("department").orElse(null), contact.email("email").orElse(null),
                    phone.map(Phone::number).orElse(null), phone.map(Phone::extension).orElse(null)), parsed));
        }
        return contacts;
    }

    static List<String> phones(ImportEntry owner) {
        List<String> numbers = new ArrayList<>();
        List<JsonNode> items = owner.array("phones");
        for (int i = 0; i < items.size(); i++) {
            String number = owner.child(items.get(i), "phones[" + i + "]").requiredText("number");
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /**
     * A phone that becomes a channel of its own, keeping the source's id.
     *
     * @param extension the extension dialled after the number, if any
     * @param type      null for a voice number
     */
    record Phone(Optional<UUID> id, String number, Integer extension, PhoneType type, String description) {
    }

    static List<Phone> phoneChannels(ImportEntry owner) {
        List<Phone> phones = new ArrayList<>();
        List<JsonNode> items = owner.array("phones");
        for (int i = 0; i < items.size(); i++) {
            phone(owner.child(items.get(i), "phones[" + i + "]")).ifPresent(phones::add);
        }
        return phones;
    }

    /** The first phone of a place, which becomes the phone of its channel; any others are dropped. */
    static Optional<Phone> placePhone(ImportEntry place) {
        List<JsonNode> items = place.array("phones");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        ImportEntry phone = place.child(items.getFirst(), "phones[0]");
        Optional<Phone> read = phone(phone);
        // A place's phone has no name of its own on the channel: the channel's name is the place's.
        read.ifPresent(found -> phone.unused("description"));
        return read;
    }

    /** A contact's first phone is its number, with its extension; its type and description are dropped. */
    private static Optional<Phone> contactPhone(ImportEntry contact) {
        List<JsonNode> items = contact.array("phones");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        ImportEntry phone = contact.child(items.getFirst(), "phones[0]");
        Optional<Phone> read = phone(phone);
        phone.unused("type");
        phone.unused("description");
        return read;
    }

    private static Optional<Phone> phone(ImportEntry phone) {
        String number = phone.requiredText("number");
        Integer extension = phone.integer("extension").orElse(null);
        if (extension != null && extension <= 0) {
            phone.reject("extension", "import.problem.not-extension", String.valueOf(extension));
            extension = null;
        }
        PhoneType type = phone.enumValue("type", PhoneType.class).orElse(null);
        String description = phone.text("description").orElse(null);
        return number == null ? Optional.empty()
                : Optional.of(new Phone(phone.id("id"), number, extension, type, description));
    }

    static Optional<String> firstPhone(ImportEntry owner) {
        return phones(owner).stream().findFirst();
    }

}
