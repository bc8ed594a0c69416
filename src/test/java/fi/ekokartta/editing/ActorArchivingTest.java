package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ConflictException.ChangedField;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.directory.ActorPageService;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActorArchivingTest extends AbstractAppTest {

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private ActorPageService pages;

    private String unique;
    private Actor project;

    @BeforeEach
    void projectAndCoordinator() {
        unique = EntryFixture.unique();
        project = entries().actor("Päättyvä hanke " + unique);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void coordinator_archives_an_actor_off_the_public_directory_and_restores_it() {
        ActorEditing.Editable loaded = editing.load(project.getId());
        assertEquals(ActorStatus.ACTIVE, loaded.status());

        long archived = editing.archive(project.getId(), loaded.version());

        assertEquals(ActorStatus.ARCHIVED, editing.load(project.getId()).status());
        assertThat(pages.find(project.getId())).isEmpty();
        assertThat(editing.parentChoices()).extracting(ActorEditing.Choice::id).doesNotContain(project.getId());

        editing.restore(project.getId(), archived);

        assertEquals(ActorStatus.ACTIVE, editing.load(project.getId()).status());
        assertThat(pages.find(project.getId())).isPresent();
        assertThat(editing.parentChoices()).extracting(ActorEditing.Choice::id).contains(project.getId());
    }

    @Test
    void archiving_is_refused_while_the_actor_has_published_services_naming_how_many() {
        entries().offering("Palvelu 1 " + unique, project, OfferingStatus.PUBLISHED, offering -> { });
        entries().offering("Palvelu 2 " + unique, project, OfferingStatus.PUBLISHED, offering -> { });
        entries().offering("Luonnos " + unique, project, OfferingStatus.DRAFT, offering -> { });
        long version = editing.load(project.getId()).version();

        RejectedInputException refused = assertThrows(RejectedInputException.class,
                () -> editing.archive(project.getId(), version));

        assertEquals("editing.error.actor-has-published-services", refused.getMessageKey());
        assertThat(refused.getArguments()).containsExactly(2L);
        assertThat(refused.getMessage()).doesNotContain(unique);
        assertEquals(ActorStatus.ACTIVE, actors.findById(project.getId()).orElseThrow().getStatus());
        assertEquals(version, editing.load(project.getId()).version());
    }

    @Test
    void archiving_twice_restoring_an_active_actor_and_an_old_version_are_refused() {
        long version = editing.load(project.getId()).version();
        assertEquals("editing.error.actor-active",
                assertThrows(RejectedInputException.class, () -> editing.restore(project.getId(), version)).getMessageKey());
        long archived = editing.archive(project.getId(), version);

        assertEquals("editing.error.actor-archived",
                assertThrows(RejectedInputException.class, () -> editing.archive(project.getId(), archived)).getMessageKey());
        ConflictException conflict = assertThrows(ConflictException.class, () -> editing.restore(project.getId(), version));
        assertEquals(List.of(new ChangedField("status", "ARCHIVED")), conflict.getChangedFields());
        assertEquals(ActorStatus.ARCHIVED, editing.load(project.getId()).status());
    }

    @Test
    void maintainers_even_of_the_actor_administrators_and_counsellors_may_not_archive_or_restore() {
        long version = editing.load(project.getId()).version();
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, project);

        for (UserRole role : List.of(UserRole.MAINTAINER, UserRole.ADMIN, UserRole.COUNSELLOR)) {
            login((role == UserRole.MAINTAINER ? "yllapitaja-" : "muu-") + unique, role);
            assertThat(editing.mayChangeStatus()).as(role.name()).isFalse();
            assertThrows(AccessDeniedException.class, () -> editing.archive(project.getId(), version), role.name());
            assertThrows(AccessDeniedException.class, () -> editing.restore(project.getId(), version), role.name());
        }

        assertEquals(ActorStatus.ACTIVE, actors.findById(project.getId()).orElseThrow().getStatus());
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        assertThat(editing.mayChangeStatus()).isTrue();
    }

    @Test
    void an_archived_actor_is_not_chosen_as_a_new_parent() {
        editing.archive(project.getId(), editing.load(project.getId()).version());

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.create(new ActorContent(
                LocalizedText.of("Yksikkö " + unique), null, new LocalizedText(), ActorSector.PROJECT, null, project.getId(),
                null, null, null)));

        assertEquals(Map.of("parent", "editing.error.parent-archived"), refused.getFieldErrors());
    }
}
