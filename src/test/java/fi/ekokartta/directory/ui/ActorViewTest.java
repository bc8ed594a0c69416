package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.RelationshipType;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorViewTest extends AbstractAppTest {

    @Autowired
    private ActorRepository actors;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ActorRelationshipRepository relationships;

    @Test
    void actor_page_lists_published_services_and_public_contacts_only() {
        String unique = EntryFixture.unique();
        Actor actor = actorWithContacts("Testitoimija " + unique);
        EntryFixture entries = entries();
        entries.offering("Julkaistu palvelu " + unique, actor, OfferingStatus.PUBLISHED, offering -> { });
        entries.offering("Luonnospalvelu " + unique, actor, OfferingStatus.DRAFT, offering -> { });

        UI.getCurrent().navigate("toimija/" + actor.getId());

        _get(H1.class, spec -> spec.withText("Testitoimija " + unique));
        _get(H2.class, spec -> spec.withText("Palvelut (1)"));
        Anchor service = _get(Anchor.class, spec -> spec.withText("Julkaistu palvelu " + unique));
        assertEquals("palvelu/", service.getHref().substring(0, "palvelu/".length()));
        _assertNone(Anchor.class, spec -> spec.withText("Luonnospalvelu " + unique));
        _get(Anchor.class, spec -> spec.withText("toimija.julkinen@testi.example"));
        _assertNone(Anchor.class, spec -> spec.withText("toimija.ammattilaiset@testi.example"));
    }

    @Test
    void actor_page_links_the_further_websites_by_their_labels() {
        String unique = EntryFixture.unique();
        Actor actor = entries().actor("Sivutoimija " + unique, a -> {
            a.addWebsite(new ActorWebsite("Työnantajille", "https://sivutoimija.example/tyonantajat"));
            a.addWebsite(new ActorWebsite(null, "https://hanke.example"));
        });

        UI.getCurrent().navigate("toimija/" + actor.getId());

        assertEquals("https://sivutoimija.example/tyonantajat",
                _get(Anchor.class, spec -> spec.withText("Työnantajille")).getHref());
        _get(Anchor.class, spec -> spec.withText("https://hanke.example"));
    }

    @Test
    void signed_in_professional_also_sees_staff_contacts() {
        Actor actor = actorWithContacts("Testitoimija " + EntryFixture.unique());
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        UI.getCurrent().navigate("toimija/" + actor.getId());

        _get(H2.class, spec -> spec.withText("Yhteyshenkilöt ammattilaisille"));
        _get(Anchor.class, spec -> spec.withText("toimija.ammattilaiset@testi.example"));
    }

    @Test
    void seeded_actor_shows_its_roles_and_relationships() {
        UUID seeded = jdbc.queryForObject("""
                select a.actor_id from role_assignment a
                where exists (select 1 from actor_relationship r where r.source_id = a.actor_id and r.valid_to is null)
                limit 1""",
                UUID.class);

        UI.getCurrent().navigate("toimija/" + seeded);

        _get(H2.class, spec -> spec.withText("Roolit ekosysteemissä"));
        _get(H2.class, spec -> spec.withText("Yhteistyökumppanit"));
        UUID role = jdbc.queryForObject("select role_id from role_assignment where actor_id = ? limit 1", UUID.class, seeded);
        assertEquals(false, com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class,
                spec -> spec.withPredicate(a -> ("roolit/" + role).equals(a.getHref()))).isEmpty());
    }

    @Test
    void neighbours_are_listed_both_ways_with_relationships_valid_today_only() {
        String unique = EntryFixture.unique();
        EntryFixture entries = entries();
        Actor actor = entries.actor("Naapuritesti " + unique);
        Actor referred = entries.actor("Ohjattava " + unique);
        Actor funder = entries.actor("Rahoittava " + unique);
        Actor former = entries.actor("Entinen kumppani " + unique);
        relationship(actor, referred, RelationshipType.REFERS_CLIENTS_TO, null, null);
        relationship(funder, actor, RelationshipType.FUNDS, LocalDate.of(2020, 1, 1), null);
        relationship(actor, former, RelationshipType.PARTNERS_WITH, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));

        UI.getCurrent().navigate("toimija/" + actor.getId());

        _get(H2.class, spec -> spec.withText("Yhteistyökumppanit"));
        List<String> neighbours = _find(Span.class, spec -> spec.withClasses("neighbour")).stream()
                .map(span -> span.getElement().getTextRecursively()).toList();
        assertEquals(2, neighbours.size());
        assertEquals(Set.of("Ohjaa asiakkaita → Ohjattava " + unique, "Rahoittaja ← Rahoittava " + unique),
                Set.copyOf(neighbours));
        assertEquals("toimija/" + referred.getId(), _get(Anchor.class, spec -> spec.withText("Ohjattava " + unique)).getHref());
        _assertNone(Anchor.class, spec -> spec.withText("Entinen kumppani " + unique));
        _get(Anchor.class, spec -> spec.withText("Näytä verkostossa"));
    }

    private void relationship(Actor from, Actor to, RelationshipType type, LocalDate validFrom, LocalDate validTo) {
        ActorRelationship relationship = new ActorRelationship();
        relationship.setSource(from);
        relationship.setTarget(to);
        relationship.setType(type);
        relationship.setValidFrom(validFrom);
        relationship.setValidTo(validTo);
        UUID id = relationships.save(relationship).getId();
        deleteAfterTest(() -> jdbc.update("delete from actor_relationship where id = ?", id));
    }

    private Actor actorWithContacts(String name) {
        Actor actor = entries().actor(name);
        actor.addContact(contact("toimija.julkinen@testi.example", Visibility.PUBLIC));
        actor.addContact(contact("toimija.ammattilaiset@testi.example", Visibility.STAFF));
        return actors.save(actor);
    }

    private static ActorContact contact(String email, Visibility visibility) {
        ActorContact contact = new ActorContact();
        contact.setPerson(new ContactDetails("Neuvonta", null, null, email, null));
        contact.setVisibility(visibility);
        return contact;
    }
}
