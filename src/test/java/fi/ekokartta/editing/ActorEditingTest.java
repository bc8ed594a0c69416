package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ConflictException.ChangedField;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActorEditingTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Actor other;

    @BeforeEach
    void organizationsAndMaintainer() {
        unique = EntryFixture.unique();
        own = entries().actor("Oma järjestö " + unique);
        other = entries().actor("Toinen järjestö " + unique);
        AppUser maintainer = new AppUser();
        maintainer.setUsername("yllapitaja-" + unique);
        maintainer.setPasswordHash("{noop}ei-kaytossa");
        maintainer.setRole(UserRole.MAINTAINER);
        maintainer.getOrganizations().add(own);
        UUID id = users.save(maintainer).getId();
        deleteAfterTest(() -> {
            jdbc.update("delete from app_user_organization where app_user_id = ?", id);
            jdbc.update("delete from app_user where id = ?", id);
        });
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void maintainer_saves_her_organization_with_the_business_id_and_phone_in_canonical_form() {
        ActorEditing.Editable loaded = editing.load(own.getId());

        long version = editing.update(own.getId(), loaded.version(), content("Oma järjestö ry " + unique, " 201256-6",
                "https://example.fi", "08 123 4567"));

        ActorContent stored = editing.load(own.getId()).content();
        assertThat(version).isGreaterThan(loaded.version());
        assertEquals("Oma järjestö ry " + unique, stored.name().getFi());
        assertEquals("0201256-6", stored.businessId());
        assertEquals("+35881234567", stored.phone());
    }

    @Test
    void wrong_business_id_web_address_and_phone_are_named_and_nothing_is_stored() {
        ActorEditing.Editable loaded = editing.load(own.getId());

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.update(own.getId(),
                loaded.version(), content(" ", "0201256-5", "javascript:alert(1)", "12")));

        assertEquals(Map.of("name.fi", "input.error.required", "businessId", "editing.error.business-id",
                "website", "input.error.url-invalid", "phone", "input.error.phone-invalid"), refused.getFieldErrors());
        assertEquals(loaded, editing.load(own.getId()));
    }

    @Test
    void maintainer_may_not_edit_another_organization_nor_load_it_for_editing() {
        assertThrows(AccessDeniedException.class, () -> editing.load(other.getId()));
        assertThrows(AccessDeniedException.class, () -> editing.update(other.getId(), other.getVersion(),
                content("Kaapattu " + unique, null, null, null)));

        assertEquals("Toinen järjestö " + unique, actors.findById(other.getId()).orElseThrow().getName().getFi());
    }

    @Test
    void maintainer_creates_units_under_her_organization_only() {
        ActorEditing.Editable unit = editing.create(unitOf(own, "Oma yksikkö " + unique));
        deleteAfterTest(() -> actors.deleteById(unit.id()));

        assertThrows(AccessDeniedException.class, () -> editing.create(unitOf(other, "Vieras yksikkö " + unique)));
        assertEquals(own.getId(), editing.load(unit.id()).content().parentId());
    }

    @Test
    void an_actor_cannot_be_placed_under_its_own_unit() {
        ActorEditing.Editable unit = editing.create(unitOf(own, "Yksikkö " + unique));
        deleteAfterTest(() -> actors.deleteById(unit.id()));
        ActorContent c = editing.load(own.getId()).content();

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.update(own.getId(), own.getVersion(),
                new ActorContent(c.name(), c.alternateName(), c.description(), c.sector(), c.businessId(), unit.id(),
                        c.website(), c.email(), c.phone())));

        assertEquals(Map.of("parent", "editing.error.parent-cycle"), refused.getFieldErrors());
    }

    @Test
    void a_save_over_someone_elses_save_is_a_conflict_naming_the_changed_field() {
        ActorEditing.Editable first = editing.load(own.getId());
        ActorEditing.Editable second = editing.load(own.getId());
        editing.update(own.getId(), first.version(), content("Ensimmäinen " + unique, null, null, null));

        ConflictException conflict = assertThrows(ConflictException.class, () -> editing.update(own.getId(), second.version(),
                content("Toinen " + unique, null, null, null)));

        assertEquals(List.of(new ChangedField("name", "Ensimmäinen " + unique)), conflict.getChangedFields());
        assertEquals("Ensimmäinen " + unique, editing.load(own.getId()).content().name().getFi());
    }

    private static ActorContent content(String name, String businessId, String website, String phone) {
        return new ActorContent(LocalizedText.of(name), null, new LocalizedText(), ActorSector.THIRD_SECTOR, businessId, null,
                website, null, phone);
    }

    private static ActorContent unitOf(Actor parent, String name) {
        return new ActorContent(LocalizedText.of(name), null, new LocalizedText(), ActorSector.THIRD_SECTOR, null,
                parent.getId(), null, null, null);
    }
}
