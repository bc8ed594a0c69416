package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.ui.KeeperPicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Päivittäjä" in the service and actor editors: a maintainer names a keeper of her
 * organization's entry in one click, apart from saving, and the entry's version stays; she has no
 * picker for another organization's entry, nor anyone for a new one.
 */
class KeeperPickerTest extends AbstractAppTest {

    @Autowired
    private EntryKeepers entryKeepers;
    @Autowired
    private Handovers handovers;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Actor other;
    private UUID colleague;

    @BeforeEach
    void maintainer() {
        unique = EntryFixture.unique();
        own = entries().actor("Oma järjestö " + unique);
        other = entries().actor("Toinen järjestö " + unique);
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        colleague = saveUser("kollega-" + unique, UserRole.MAINTAINER, own);
        saveUser("toinen-" + unique, UserRole.MAINTAINER, other);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
    }

    @Test
    void a_maintainer_names_the_keeper_of_her_service_in_its_editor_and_the_version_stays() {
        Offering service = entries().offering("Velkaneuvonta " + unique, own, OfferingStatus.PUBLISHED, o -> { });
        long version = version("offering", service.getId());
        UI.getCurrent().navigate(ServiceEditorView.class, service.getId().toString());
        _get(Paragraph.class, spec -> spec.withText("Ei nimetty – muistutukset menevät organisaation ylläpitäjille."));

        _click(_get(Button.class, spec -> spec.withText("Nimeä päivittäjä")));
        assertThat(candidates().isInvalid()).as("nothing chosen").isTrue();
        assertThat(candidates().getErrorMessage()).isEqualTo("Valitse päivittäjä.");
        assertThat(keeperOf(service.getId())).isEmpty();

        _setValue(candidates(), candidate(EntryKind.SERVICE, service.getId()));
        _click(_get(Button.class, spec -> spec.withText("Nimeä päivittäjä")));

        expectNotifications("Päivittäjä nimetty: kollega-" + unique + ".");
        assertThat(keeperOf(service.getId())).containsExactly(colleague);
        assertThat(version("offering", service.getId())).isEqualTo(version);
        _get(Paragraph.class, spec -> spec.withText("Nykyinen päivittäjä: kollega-" + unique + " (kollega-" + unique + ")"));
    }

    @Test
    void a_maintainer_names_the_keeper_of_her_organization_in_the_actor_editor() {
        long version = version("actor", own.getId());
        UI.getCurrent().navigate("hallinta/toimija/" + own.getId());

        _setValue(candidates(), candidate(EntryKind.ACTOR, own.getId()));
        _click(_get(Button.class, spec -> spec.withText("Nimeä päivittäjä")));

        expectNotifications("Päivittäjä nimetty: kollega-" + unique + ".");
        assertThat(keeperOf(own.getId())).containsExactly(colleague);
        assertThat(version("actor", own.getId())).isEqualTo(version);
    }

    @Test
    void no_picker_for_a_new_entry() {
        UI.getCurrent().navigate(ServiceEditorView.class, ServiceEditorView.NEW);
        _assertNone(Button.class, spec -> spec.withText("Nimeä päivittäjä"));
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/toimija/uusi");
        _assertNone(Button.class, spec -> spec.withText("Nimeä päivittäjä"));
    }

    @Test
    void a_maintainer_of_another_organization_cannot_name_the_keeper() {
        Offering service = entries().offering("Toisen palvelu " + unique, other, OfferingStatus.PUBLISHED, o -> { });
        KeeperPicker picker = new KeeperPicker(entryKeepers, handovers);
        UI.getCurrent().add(picker);

        picker.show(EntryKind.SERVICE, service.getId());
        assertThat(picker.isVisible()).isFalse();
        _assertNone(Button.class, spec -> spec.withText("Nimeä päivittäjä"));

        login("toinen-" + unique, UserRole.MAINTAINER);
        picker.show(EntryKind.SERVICE, service.getId());
        assertThat(picker.isVisible()).as("her own organization's service").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<EntryKeepers.KeptBy> candidates() {
        return _get(ComboBox.class, spec -> spec.withLabel("Uusi päivittäjä"));
    }

    private EntryKeepers.KeptBy candidate(EntryKind kind, UUID id) {
        return entryKeepers.keeperCandidates(kind, id).stream().filter(person -> person.userId().equals(colleague))
                .findFirst().orElseThrow();
    }

    private long version(String table, UUID id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private List<UUID> keeperOf(UUID entryId) {
        return jdbc.queryForList("select user_id from entry_keeper where service_id = ? or actor_id = ?", UUID.class,
                entryId, entryId);
    }
}
