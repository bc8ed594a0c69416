package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An actor's change history per field, and restoring a version of its content. */
class ActorHistoryTest extends AbstractAppTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired
    private ActorHistory history;
    @Autowired
    private ActorEditing editing;

    private String unique;
    private String coordinator;
    private Actor actor;
    private long archived;

    @BeforeEach
    void anActorEditedAndArchivedByACoordinator() {
        unique = EntryFixture.unique();
        coordinator = "koordinaattori-" + unique;
        saveUser(coordinator, UserRole.COORDINATOR);
        login(coordinator, UserRole.COORDINATOR);
        actor = entries().actor("Neuvontapiste " + unique);
        ActorEditing.Editable loaded = editing.load(actor.getId());
        ActorContent c = loaded.content();
        long edited = editing.update(actor.getId(), loaded.version(), new ActorContent(
                LocalizedText.of("Neuvontapiste Kohtaamo " + unique), c.alternateName(), c.description(),
                ActorSector.MUNICIPALITY, c.businessId(), c.parentId(), c.website(), c.email(), "08 123 4567"));
        archived = editing.archive(actor.getId(), edited);
    }

    @Test
    void the_history_names_who_changed_which_field_and_the_status_change() {
        List<HistoryEntry> entries = history.of(actor.getId(), FINNISH);

        assertThat(entries).hasSize(3);
        assertThat(entries).extracting(HistoryEntry::username).containsOnly(coordinator);
        assertThat(entries.getFirst().changes()).containsExactly(FieldChange.changed("status", "ACTIVE", "ARCHIVED"));
        assertThat(entries.getFirst().restorable()).isFalse();
        assertThat(entries.get(1).changes()).containsExactlyInAnyOrder(
                FieldChange.changed("name.fi", "Neuvontapiste " + unique, "Neuvontapiste Kohtaamo " + unique),
                FieldChange.changed("sector", null, "MUNICIPALITY"),
                FieldChange.changed("phone", null, "+35881234567"));
        assertThat(entries.getLast().kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(entries.getLast().restorable()).isTrue();
    }

    @Test
    void a_restore_is_a_new_revision_of_the_old_content_and_leaves_the_status() {
        long first = history.of(actor.getId(), FINNISH).getLast().revision();

        long restored = history.restore(actor.getId(), first, archived);

        ActorEditing.Editable now = editing.load(actor.getId());
        assertThat(now.version()).isEqualTo(restored);
        assertThat(now.content().name().getFi()).isEqualTo("Neuvontapiste " + unique);
        assertThat(now.content().phone()).isNull();
        assertThat(now.status()).isEqualTo(ActorStatus.ARCHIVED);
        assertThat(history.of(actor.getId(), FINNISH)).hasSize(4);
    }

    @Test
    void a_maintainer_of_another_organization_and_a_stale_version_are_refused() {
        long first = history.of(actor.getId(), FINNISH).getLast().revision();
        assertThatThrownBy(() -> history.restore(actor.getId(), first, archived - 1)).isInstanceOf(ConflictException.class);

        Actor other = entries().actor("Muu " + unique);
        saveUser("muu-" + unique, UserRole.MAINTAINER, other);
        login("muu-" + unique, UserRole.MAINTAINER);
        assertThatThrownBy(() -> history.of(actor.getId(), FINNISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.restore(actor.getId(), first, archived)).isInstanceOf(AccessDeniedException.class);

        login(coordinator, UserRole.COORDINATOR);
        assertThat(editing.load(actor.getId()).version()).isEqualTo(archived);
    }
}
