package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.base.domain.InputCheck;
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
 * edited (their ids kept over saves, wrong ones named by field), and the details only an import
 * sets survive an editor's save.
 */
class ActorDetailsEditingTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private TransactionTemplate transaction;

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
    void an_editors_save_keeps_the_details_only_an_import_sets_and_the_ids_of_unchanged_rows() {
        ActorEditing.Editable loaded = editing.load(actor.getId());
        UUID websiteId = loaded.content().websites().getFirst().id();
        ActorContent c = loaded.content();

        editing.update(actor.getId(), loaded.version(), new ActorContent(c.name(), "Uusi lyhenne", c.description(),
                c.sector(), c.businessId(), c.parentId(), c.website(), c.email(), c.phone(), c.websites(), c.identifiers()));

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
                List.of()));

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
                        List.of(new ActorContent.Identifier(null, "FI-PRH-YR", null, "1")))));

        assertThat(invalid.getFieldErrors()).isEqualTo(Map.of("websites.0.url", InputCheck.URL_INVALID,
                "websites.1.url", InputCheck.REQUIRED, "identifiers.0.type", InputCheck.REQUIRED));
        assertThat(editing.load(actor.getId()).content().websites()).extracting(ActorContent.Website::label)
                .containsExactly("Työnantajille");
    }
}
