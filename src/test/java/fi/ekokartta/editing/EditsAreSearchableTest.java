package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorContent;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.search.ServiceCard;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.named;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A committed edit is what the search finds, within a second, also when the provider is renamed. */
class EditsAreSearchableTest extends AbstractAppTest {

    private static final long WITHIN_MILLIS = 1000;

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private ActorEditing actorEditing;
    @Autowired
    private ServiceSearch search;
    @Autowired
    private JdbcTemplate jdbc;

    private Actor provider;
    private Offering service;

    @BeforeEach
    void aPublishedService() {
        String unique = EntryFixture.unique();
        provider = entries().actor("Vanhatoimija" + letters());
        service = entries().offering("Vanhapalvelu" + letters(), provider, OfferingStatus.PUBLISHED,
                offering -> offering.setDescription(LocalizedText.of("Palvelu hakutestiä varten.")));
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        signIn("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void a_renamed_service_is_found_by_its_new_name_and_not_by_its_old_one() {
        String oldName = service.getName().getFi();
        String newName = "Uusipalvelu" + letters();

        editing.update(service.getId(), service.getVersion(), named(OfferingContent.of(service), newName));

        long saved = System.currentTimeMillis();
        while (!finds(newName) && System.currentTimeMillis() - saved < WITHIN_MILLIS) {
            Thread.onSpinWait();
        }
        assertTrue(finds(newName), "the new name is found within a second");
        assertFalse(finds(oldName), "the old name is not found");
    }

    @Test
    void renaming_the_provider_indexes_its_services_with_the_new_name() {
        String oldName = provider.getName().getFi();
        String newName = "Uusitoimija" + letters();
        ActorEditing.Editable loaded = actorEditing.load(provider.getId());
        ActorContent c = loaded.content();

        actorEditing.update(provider.getId(), loaded.version(), new ActorContent(LocalizedText.of(newName), c.alternateName(),
                c.description(), c.sector(), c.businessId(), c.parentId(), c.website(), c.email(), c.phone()));

        long saved = System.currentTimeMillis();
        while (!finds(newName) && System.currentTimeMillis() - saved < WITHIN_MILLIS) {
            Thread.onSpinWait();
        }
        assertTrue(finds(newName), "the service is found by its provider's new name within a second");
        assertFalse(finds(oldName), "the provider's old name no longer finds it");
    }

    private boolean finds(String text) {
        return search.search(ServiceQuery.of(text)).cards().stream().map(ServiceCard::id).anyMatch(service.getId()::equals);
    }

    /** A word of letters only that no seeded service has, so the analyzers keep it whole. */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
