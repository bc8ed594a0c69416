package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorChoices;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An archived actor's services stay off the public map, and it gets no new ones. */
class ArchivedProviderTest extends AbstractAppTest {

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private ActorChoices choices;
    @Autowired
    private ServicePageService pages;

    @Test
    void a_draft_of_an_archived_provider_is_kept_but_not_published_and_no_new_draft_is_made() {
        String unique = EntryFixture.unique();
        Actor ended = entries().actor("Päättynyt hanke " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        Offering draft = entries().offering("Hankkeen luonnos " + unique, ended, OfferingStatus.DRAFT, offering -> { });
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        RejectedInputException refused = assertThrows(RejectedInputException.class,
                () -> editing.publish(draft.getId(), draft.getVersion()));
        ValidationException noDraft = assertThrows(ValidationException.class,
                () -> editing.createDraft(ended.getId(), EditingSupport.content("Uusi " + unique)));

        assertEquals("editing.error.provider-archived", refused.getMessageKey());
        assertEquals(Map.of("provider", "editing.error.provider-archived"), noDraft.getFieldErrors());
        assertEquals(OfferingStatus.DRAFT, offerings.findById(draft.getId()).orElseThrow().getStatus());
    }

    @Test
    void the_public_card_names_no_archived_co_producer() {
        String unique = EntryFixture.unique();
        Actor provider = entries().actor("Kaupunki " + unique);
        Actor ended = entries().actor("Päättynyt hanke " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        Actor partner = entries().actor("Yhdistys " + unique);
        Offering service = entries().offering("Yhteinen palvelu " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.getCoProducers().add(ended);
            offering.getCoProducers().add(partner);
        });

        assertThat(pages.findPublished(service.getId()).orElseThrow().coProducers())
                .extracting(ServicePage.ActorLink::id).containsExactly(partner.getId());
    }

    @Test
    void the_new_service_form_offers_no_archived_provider() {
        String unique = EntryFixture.unique();
        Actor ended = entries().actor("Päättynyt hanke " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        Actor running = entries().actor("Käynnissä oleva hanke " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        assertThat(choices.providersForNew(Locale.of("fi", "FI"))).extracting(ActorChoices.Choice::id)
                .contains(running.getId()).doesNotContain(ended.getId());
    }
}
