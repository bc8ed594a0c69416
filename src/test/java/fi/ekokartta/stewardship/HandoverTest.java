package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserAdministration;
import fi.ekokartta.security.UserAdministration.UserForm;
import fi.ekokartta.security.UserLeft;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Handover: a keeper who is deactivated, leaves an organization or changes role hands her entries
 * to the nearest deputy up the organizations, else the fallback coordinator, else the queue; the
 * queue, stand-ins and the orphan check are the coordinators'.
 */
class HandoverTest extends AbstractAppTest {

    @Autowired
    private Handovers handovers;
    @Autowired
    private Orphans orphans;
    @Autowired
    private UserAdministration administration;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor city;
    private Actor unit;
    private Actor association;
    private Offering unitService;
    private Offering associationService;
    private UUID leaving;
    private UUID deputy;
    private UUID coordinator;

    @BeforeEach
    void a_keeper_of_two_organizations() {
        unique = EntryFixture.unique();
        city = entries().actor("Kaupunki " + unique);
        unit = entries().actor("Työllisyyspalvelut " + unique, a -> a.setParent(city));
        association = entries().actor("Yhdistys " + unique);
        unitService = entries().offering("Työhönvalmennus " + unique, unit, OfferingStatus.PUBLISHED, o -> { });
        associationService = entries().offering("Vertaisryhmä " + unique, association, OfferingStatus.DRAFT, o -> { });
        leaving = saveUser("lahtija-" + unique, UserRole.MAINTAINER, unit, association);
        deputy = saveUser("sijainen-" + unique, UserRole.MAINTAINER, city);
        coordinator = saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        keep("service_id", unitService.getId(), leaving);
        keep("service_id", associationService.getId(), leaving);
        keep("actor_id", unit.getId(), leaving);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        handovers.setStandIns(city.getId(), deputy, null);
    }

    @Test
    void a_deactivated_keepers_entries_go_to_the_deputy_up_the_organizations_or_to_the_coordinators_queue() {
        asAdmin(() -> administration.setActive(leaving, false));

        assertThat(keeperOf(unitService.getId())).isEqualTo(deputy);
        assertThat(keeperOf(unit.getId())).isEqualTo(deputy);
        assertThat(keeperOf(associationService.getId())).as("the association has no stand-ins").isNull();

        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        Map<UUID, Handovers.QueueRow> queue = ownQueue();
        assertThat(queue).containsOnlyKeys(unitService.getId(), unit.getId(), associationService.getId());
        assertThat(queue.get(unitService.getId()).to()).contains("sijainen-" + unique);
        assertThat(queue.get(unitService.getId()).from()).isEqualTo("lahtija-" + unique);
        assertThat(queue.get(unitService.getId()).reason()).isEqualTo(UserLeft.Why.DEACTIVATED);
        assertThat(queue.get(associationService.getId()).to()).isEmpty();
        assertThat(queue.get(associationService.getId()).organizationId()).isEqualTo(association.getId());

        assertThat(ownOrphans()).as("no active user keeps the association or its service")
                .containsExactlyInAnyOrder(associationService.getId(), association.getId());

        handovers.assignKeeper(EntryKind.SERVICE, associationService.getId(), coordinator);
        assertThat(keeperOf(associationService.getId())).isEqualTo(coordinator);
        assertThat(ownQueue()).as("naming a keeper closes the entry's handover")
                .containsOnlyKeys(unitService.getId(), unit.getId());
        assertThat(ownOrphans()).containsExactly(association.getId());

        handovers.acknowledge(queue.get(unit.getId()).id());
        assertThat(ownQueue()).containsOnlyKeys(unitService.getId());
    }

    @Test
    void leaving_one_organization_hands_over_only_its_entries_to_its_fallback_coordinator() {
        handovers.setStandIns(association.getId(), null, coordinator);

        asAdmin(() -> administration.update(leaving, new UserForm("lahtija-" + unique, null, null, UserRole.MAINTAINER,
                Set.of(unit.getId()))));

        assertThat(keeperOf(unitService.getId())).as("she still keeps the unit's service").isEqualTo(leaving);
        assertThat(keeperOf(unit.getId())).isEqualTo(leaving);
        assertThat(keeperOf(associationService.getId())).isEqualTo(coordinator);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        Map<UUID, Handovers.QueueRow> queue = ownQueue();
        assertThat(queue).containsOnlyKeys(associationService.getId());
        assertThat(queue.get(associationService.getId()).reason()).isEqualTo(UserLeft.Why.LEFT_ORGANIZATION);
        assertThat(ownOrphans()).as("the association's fallback coordinator is a living responsible").isEmpty();
    }

    @Test
    void a_role_that_keeps_nothing_hands_over_everything() {
        asAdmin(() -> administration.update(leaving, new UserForm("lahtija-" + unique, null, null, UserRole.COUNSELLOR,
                Set.of(unit.getId(), association.getId()))));

        assertThat(keeperOf(unitService.getId())).isEqualTo(deputy);
        assertThat(keeperOf(associationService.getId())).isNull();
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        assertThat(ownQueue().values()).extracting(Handovers.QueueRow::reason).containsOnly(UserLeft.Why.ROLE_CHANGED);
    }

    @Test
    void only_users_who_may_keep_the_entries_are_named_and_only_coordinators_manage_handovers() {
        UUID stranger = saveUser("vieras-" + unique, UserRole.MAINTAINER, association);
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), stranger))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).getMessageKey()).isEqualTo("handover.error.cannot-keep");
        assertThatThrownBy(() -> handovers.setStandIns(unit.getId(), stranger, null))
                .isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> handovers.setStandIns(unit.getId(), null, deputy))
                .extracting(e -> ((RejectedInputException) e).getMessageKey()).isEqualTo("handover.error.fallback-not-coordinator");
        assertThat(handovers.candidates(unit.getId())).extracting(Handovers.Person::id)
                .contains(leaving, deputy, coordinator).doesNotContain(stranger);
        assertThat(keeperOf(unitService.getId())).isEqualTo(leaving);

        login("vieras-" + unique, UserRole.MAINTAINER);
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), stranger))
                .as("a maintainer names keepers of her organizations' entries only").isInstanceOf(AccessDeniedException.class);
        login("lahtija-" + unique, UserRole.MAINTAINER);
        assertThatThrownBy(() -> handovers.queue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orphans.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_seeds_named_keepers_are_entry_keepers_and_their_entries_are_not_orphans() {
        List<UUID> kept = jdbc.queryForList("select coalesce(k.service_id, k.actor_id) from entry_keeper k"
                + " join app_user u on u.id = k.user_id where u.username in ('yllapitaja', 'yllapitaja2')", UUID.class);
        assertThat(kept).hasSize(15);
        assertThat(orphans.list()).extracting(Orphans.Orphan::id).doesNotContainAnyElementsOf(kept);
    }

    private void keep(String column, UUID entryId, UUID userId) {
        jdbc.update("insert into entry_keeper (id, version, " + column + ", user_id) values (?, 0, ?, ?)",
                UUID.randomUUID(), entryId, userId);
    }

    private UUID keeperOf(UUID entryId) {
        List<UUID> found = jdbc.queryForList("select user_id from entry_keeper where service_id = ? or actor_id = ?",
                UUID.class, entryId, entryId);
        return found.isEmpty() ? null : found.getFirst();
    }

    private Map<UUID, Handovers.QueueRow> ownQueue() {
        Set<UUID> own = Set.of(unitService.getId(), associationService.getId(), unit.getId(), association.getId(), city.getId());
        return handovers.queue().stream().filter(row -> own.contains(row.entryId()))
                .collect(Collectors.toMap(Handovers.QueueRow::entryId, row -> row));
    }

    private List<UUID> ownOrphans() {
        Set<UUID> own = Set.of(unitService.getId(), associationService.getId(), unit.getId(), association.getId(), city.getId());
        return orphans.list().stream().map(Orphans.Orphan::id).filter(own::contains).toList();
    }

    private void asAdmin(Runnable change) {
        saveUser("admin-" + unique, UserRole.ADMIN);
        login("admin-" + unique, UserRole.ADMIN);
        change.run();
    }
}
