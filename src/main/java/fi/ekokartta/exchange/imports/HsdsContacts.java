package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
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
                contact.problem("name", "a contact needs a name or a title");
                continue;
            }
            String visibility = HsdsAttributes.of(contact).extension("visibility");
            Visibility parsed = visibility == null ? Visibility.PUBLIC
                    : contact.parseEnum("attributes.visibility", visibility, Visibility.class).orElse(Visibility.PUBLIC);
            contacts.add(new Contact(contact.id("id"), new ContactDetails(name, contact.text("title").orElse(null),
                    contact.text("department").orElse(null), contact.email("email").orElse(null),
                    firstPhone(contact).orElse(null)), parsed));
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

    /** A phone that becomes a channel of its own, keeping the source's id. */
    /** @param description the phone channel's name, as the API exports it; null when none */
    record Phone(Optional<UUID> id, String number, String description) {
    }

    static List<Phone> phoneChannels(ImportEntry owner) {
        List<Phone> phones = new ArrayList<>();
        List<JsonNode> items = owner.array("phones");
        for (int i = 0; i < items.size(); i++) {
            ImportEntry phone = owner.child(items.get(i), "phones[" + i + "]");
            String number = phone.requiredText("number");
            if (number != null) {
                phones.add(new Phone(phone.id("id"), number, phone.text("description").orElse(null)));
            }
        }
        return phones;
    }

    static Optional<String> firstPhone(ImportEntry owner) {
        return phones(owner).stream().findFirst();
    }

}
