package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HSDS contacts and phones, shared by organizations and services. */
final class HsdsContacts {

    record Contact(ContactDetails details, Visibility visibility) {
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
            contacts.add(new Contact(new ContactDetails(name, contact.text("title").orElse(null),
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

    static Optional<String> firstPhone(ImportEntry owner) {
        return phones(owner).stream().findFirst();
    }

}
