package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static fi.ekokartta.editing.EditingSupport.withContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service contact's phone extension: a whole number from 1 with a phone number, saved and named in the history. */
class ContactExtensionEditingTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingHistory history;
    @Autowired
    private OfferingRepository offerings;

    private String unique;
    private Actor provider;

    @BeforeEach
    void coordinatorAndProvider() {
        unique = EntryFixture.unique();
        provider = entries().actor("Järjestö " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void an_extension_is_saved_with_its_contact_and_a_change_is_named_in_the_history() {
        OfferingContent c = content("Velkaneuvonta " + unique);
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), withContacts(c, List.of(
                contact(null, "08 123 4567", 12))));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        OfferingEditing.Editable loaded = editing.load(draft.id());
        OfferingContent.Contact stored = loaded.content().contacts().getFirst();
        assertThat(stored.phoneExtension()).isEqualTo(12);

        editing.update(draft.id(), loaded.version(), withContacts(loaded.content(), List.of(
                contact(stored.id(), stored.phone(), 34))));

        assertThat(editing.load(draft.id()).content().contacts().getFirst().phoneExtension()).isEqualTo(34);
        assertThat(history.of(draft.id(), Locale.of("fi")).getFirst().changes())
                .containsExactly(FieldChange.changed("contacts[0].phoneExtension", "12", "34"));
    }

    @Test
    void an_extension_below_one_or_without_a_phone_number_stores_nothing() {
        OfferingContent c = content("Työkokeilu " + unique);
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), withContacts(c, List.of(
                contact(null, "08 123 4567", 12))));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        OfferingEditing.Editable loaded = editing.load(draft.id());
        OfferingContent.Contact stored = loaded.content().contacts().getFirst();

        assertThatThrownBy(() -> editing.update(draft.id(), loaded.version(), withContacts(loaded.content(), List.of(
                contact(stored.id(), stored.phone(), 0), contact(null, null, 5)))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.getFieldErrors()).isEqualTo(Map.of(
                        "contacts[0].phoneExtension", "editing.error.phone-extension",
                        "contacts[1].phoneExtension", "editing.error.extension-without-phone")));

        OfferingEditing.Editable after = editing.load(draft.id());
        assertThat(after.version()).isEqualTo(loaded.version());
        assertThat(after.content().contacts()).extracting(OfferingContent.Contact::phoneExtension).containsExactly(12);
    }

    private static OfferingContent.Contact contact(java.util.UUID id, String phone, Integer extension) {
        return new OfferingContent.Contact(id, null, "Palveluohjaaja", null, null, phone, extension, Visibility.PUBLIC);
    }
}
