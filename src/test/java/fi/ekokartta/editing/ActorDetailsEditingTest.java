package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The organization details of issue 16 in the actor editor: further websites and identifiers are
 * edited (their ids kept over saves, wrong ones named by field), and the imported registration
 * details survive an editor's save that does not change them.
 */
class ActorDetailsEditingTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private ActorHistory history;

    private Actor actor;

    @BeforeEach
    void actorWithDetails() {
        actor = entries().actor("Tietoyhdistys " + EntryFixture.unique(), a -> {
            a.setLegalStatus("Rekisteröity yhdistys");
            a.setYearIncorporated(1995);
            a.setLogo("https://tietoyhdistys.example/logo.png");
            a.setUri("https://tietoyhdistys.example/id");
            a.setFunding("STEA");
            a.addWebsite(new ActorWebsite("Työnantajille", "https://tietoyhdistys.example/tyonantajat"));
            a.addIdentifier(new ActorIdentifier("FI-PRH-YR", "Yhdistysrekisterinumero", "123.456"));
        });
        login("koordinaattori", UserRole.COORDINATOR);
    }

    @Test
    void an_editors_save_keeps_the_imported_details_she_did_not_change_and_the_ids_of_unchanged_rows() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        UUID websiteId = loaded.content().websites().getFirst().id();
        ActorContent c = loaded.content();

        editing.update(actor.getId(), loaded.version(), RecordFields.with(c, Map.of("alternateName", "Uusi lyhenne")));

        transaction.executeWithoutResult(status -> {
            Actor stored = actors.findById(actor.getId()).orElseThrow();
            assertThat(stored.getAlternateName()).isEqualTo("Uusi lyhenne");
            assertThat(stored.getLegalStatus()).isEqualTo("Rekisteröity yhdistys");
            assertThat(stored.getYearIncorporated()).isEqualTo(1995);
            assertThat(stored.getLogo()).isEqualTo("https://tietoyhdistys.example/logo.png");
            assertThat(stored.getUri()).isEqualTo("https://tietoyhdistys.example/id");
            assertThat(stored.getFunding()).isEqualTo("STEA");
            assertThat(stored.getWebsites()).extracting(ActorWebsite::getId).containsExactly(websiteId);
            assertThat(stored.getIdentifiers()).extracting(ActorIdentifier::getIdentifier).containsExactly("123.456");
        });
    }

    @Test
    void websites_and_identifiers_are_added_changed_and_removed() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        ActorContent c = loaded.content();
        ActorContent.Website kept = c.websites().getFirst();

        editing.update(actor.getId(), loaded.version(), new ActorContent(c.name(), c.alternateName(), c.description(),
                c.sector(), c.businessId(), c.parentId(), c.website(), c.email(), c.phone(),
                List.of(new ActorContent.Website(null, null, "https://hanke.example"),
                        new ActorContent.Website(kept.id(), "Rekrytointi", kept.url())),
                List.of(), c.registration(), c.programs()));

        ActorContent stored = editing.load(actor.getId()).content();
        assertThat(stored.websites()).extracting(ActorContent.Website::label, ActorContent.Website::url).containsExactly(
                tuple(null, "https://hanke.example"), tuple("Rekrytointi", "https://tietoyhdistys.example/tyonantajat"));
        assertThat(stored.websites().get(1).id()).isEqualTo(kept.id());
        assertThat(stored.identifiers()).isEmpty();
    }

    @Test
    void a_wrong_address_and_an_identifier_without_its_kind_are_named_and_nothing_is_stored() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        ActorContent c = loaded.content();

        ValidationException invalid = assertThrows(ValidationException.class, () -> editing.update(actor.getId(),
                loaded.version(), new ActorContent(c.name(), c.alternateName(), c.description(), c.sector(),
                        c.businessId(), c.parentId(), c.website(), c.email(), c.phone(),
                        List.of(new ActorContent.Website(null, "Hanke", "hanke sivu"), new ActorContent.Website(null, "Vain otsikko", null)),
                        List.of(new ActorContent.Identifier(null, "FI-PRH-YR", null, "1")), c.registration(), c.programs())));

        assertThat(invalid.getFieldErrors()).isEqualTo(Map.of("websites.0.url", InputCheck.URL_INVALID,
                "websites.1.url", InputCheck.REQUIRED, "identifiers.0.type", InputCheck.REQUIRED));
        assertThat(editing.load(actor.getId()).content().websites()).extracting(ActorContent.Website::label)
                .containsExactly("Työnantajille");
    }

    @Test
    void registration_details_are_corrected_in_one_save_and_the_history_names_each() {
        ActorEditing.Editable loaded = editing.load(actor.getId());

        editing.update(actor.getId(), loaded.version(), RecordFields.with(loaded.content(), Map.of("registration",
                new ActorContent.Registration("Säätiö", 1996, " https://tietoyhdistys.example/uusi-logo.svg ", null,
                        "STEA ja kaupunki"))));

        transaction.executeWithoutResult(status -> {
            Actor stored = actors.findById(actor.getId()).orElseThrow();
            assertThat(stored.getLegalStatus()).isEqualTo("Säätiö");
            assertThat(stored.getYearIncorporated()).isEqualTo(1996);
            assertThat(stored.getLogo()).isEqualTo("https://tietoyhdistys.example/uusi-logo.svg");
            assertThat(stored.getUri()).isNull();
            assertThat(stored.getFunding()).isEqualTo("STEA ja kaupunki");
        });
        assertThat(history.of(actor.getId(), java.util.Locale.of("fi")).getFirst().changes()).containsExactlyInAnyOrder(
                FieldChange.changed("legalStatus", "Rekisteröity yhdistys", "Säätiö"),
                FieldChange.changed("yearIncorporated", "1995", "1996"),
                FieldChange.changed("logo", "https://tietoyhdistys.example/logo.png",
                        "https://tietoyhdistys.example/uusi-logo.svg"),
                FieldChange.changed("uri", "https://tietoyhdistys.example/id", null),
                FieldChange.changed("funding", "STEA", "STEA ja kaupunki"));
    }

    @Test
    void wrong_registration_details_are_named_field_by_field_and_nothing_is_stored() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        int nextYear = java.time.Year.now().getValue() + 1;

        ValidationException invalid = assertThrows(ValidationException.class, () -> editing.update(actor.getId(),
                loaded.version(), RecordFields.with(loaded.content(), Map.of("registration", new ActorContent.Registration(
                        "x".repeat(256), nextYear, "ftp://tietoyhdistys.example/logo.png", "tietoyhdistys",
                        "y".repeat(Actor.FUNDING_LENGTH + 1))))));
        ValidationException tooOld = assertThrows(ValidationException.class, () -> editing.update(actor.getId(),
                loaded.version(), RecordFields.with(loaded.content(), Map.of("registration",
                        new ActorContent.Registration(null, 999, null, null, null)))));

        assertThat(invalid.getFieldErrors()).isEqualTo(Map.of("legalStatus", InputCheck.TOO_LONG,
                "yearIncorporated", "editing.error.year-incorporated", "logo", InputCheck.URL_INVALID,
                "uri", InputCheck.URL_INVALID, "funding", InputCheck.TOO_LONG));
        assertThat(tooOld.getFieldErrors()).isEqualTo(Map.of("yearIncorporated", "editing.error.year-incorporated"));
        assertThat(editing.load(actor.getId()).content().registration()).isEqualTo(loaded.content().registration());
        assertThat(editing.load(actor.getId()).version()).isEqualTo(loaded.version());
    }
}
