package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The service editor's contact: the phone's extension beside the number, a wrong one storing nothing. */
class ContactExtensionEditorTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;

    private String unique;
    private Actor own;

    @BeforeEach
    void maintainerOfHerOrganization() {
        unique = EntryFixture.unique();
        own = entries().actor("Palvelujärjestö " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_maintainer_edits_a_contacts_extension_and_a_zero_or_one_without_a_number_stores_nothing() {
        Offering offering = entries().offering("Neuvonta " + unique, own, OfferingStatus.PUBLISHED, o -> {
            ServiceContact contact = new ServiceContact();
            contact.setPerson(new ContactDetails(null, "Palveluohjaaja", null, null, "040 765 4321", 31));
            o.addContact(contact);
        });
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        ContactForm form = _get(ContactForm.class);
        IntegerField extension = form.phoneExtension();
        assertThat(extension.getValue()).isEqualTo(31);

        _setValue(extension, 0);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(extension.isInvalid()).isTrue();
        assertThat(extension.getErrorMessage()).isEqualTo("Alanumero on positiivinen kokonaisluku.");
        assertThat(editing.load(offering.getId()).content().contacts().getFirst().phoneExtension()).isEqualTo(31);

        _setValue(extension, 205);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(editing.load(offering.getId()).content().contacts().getFirst().phoneExtension()).isEqualTo(205);

        form = _get(ContactForm.class);
        _setValue(form.phone(), "");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(form.phoneExtension().getErrorMessage())
                .isEqualTo("Alanumero tarvitsee puhelinnumeron. Anna numero tai poista alanumero.");
        assertThat(editing.load(offering.getId()).content().contacts().getFirst().phone()).isEqualTo("+358407654321");
    }
}
