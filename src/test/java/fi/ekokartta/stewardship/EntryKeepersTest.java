package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keeper in the editors: whoever may edit an entry sees its keeper, the users who may keep it
 * and names one; a maintainer of another organization does none of it, and an entry with no
 * responsible organization is the coordinators'. Naming leaves the entry's version as it was.
 */
class EntryKeepersTest extends AbstractAppTest {

    @Autowired
    private EntryKeepers entryKeepers;
    @Autowired
    private Handovers handovers;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor city;
    private Actor unit;
    private Actor association;
    private Offering unitService;
    private Offering orphanService;
    private UUID cityMaintainer;
    private UUID unitMaintainer;
    private UUID associationMaintainer;
    private UUID coordinator;
    private UUID counsellor;

    @BeforeEach
    void organizations_and_users() {
        unique = EntryFixture.unique();
        city = entries().actor("Kaupunki " + unique);
        unit = entries().actor("Työllisyyspalvelut " + unique, a -> a.setParent(city));
        association = entries().actor("Yhdistys " + unique);
        unitService = entries().offering("Työhönvalmennus " + unique, unit, OfferingStatus.PUBLISHED, o -> { });
        orphanService = entries().offering("Vertaisryhmä " + unique, association, OfferingStatus.PUBLISHED,
                o -> o.getResponsibility().setResponsibleActor(null));
        cityMaintainer = saveUser("kaupunki-" + unique, UserRole.MAINTAINER, city);
        unitMaintainer = saveUser("yksikko-" + unique, UserRole.MAINTAINER, unit);
        associationMaintainer = saveUser("yhdistys-" + unique, UserRole.MAINTAINER, association);
        coordinator = saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        counsellor = saveUser("ohjaaja-" + unique, UserRole.COUNSELLOR, unit);
        saveUser("poistettu-" + unique, UserRole.MAINTAINER, unit);
        jdbc.update("update app_user set enabled = false where username = ?", "poistettu-" + unique);
    }

    @Test
    void the_candidates_are_the_active_maintainers_of_the_organization_and_above_and_the_coordinators() {
        login("yksikko-" + unique, UserRole.MAINTAINER);

        List<UUID> candidates = entryKeepers.keeperCandidates(EntryKind.SERVICE, unitService.getId()).stream()
                .map(EntryKeepers.KeptBy::userId).toList();

        assertThat(candidates).contains(unitMaintainer, cityMaintainer, coordinator)
                .doesNotContain(associationMaintainer, counsellor).doesNotHaveDuplicates();
        assertThat(entryKeepers.keeperCandidates(EntryKind.SERVICE, unitService.getId()))
                .noneMatch(person -> person.username().equals("poistettu-" + unique));
        assertThat(entryKeepers.keeperCandidates(EntryKind.ACTOR, unit.getId())).extracting(EntryKeepers.KeptBy::userId)
                .containsAll(candidates);
    }

    @Test
    void a_maintainer_names_the_keeper_of_her_organizations_entry_and_the_version_stays() {
        login("kaupunki-" + unique, UserRole.MAINTAINER);
        assertThat(entryKeepers.mayAssignKeeper(EntryKind.SERVICE, unitService.getId())).as("a unit under her city").isTrue();
        assertThat(entryKeepers.keeper(EntryKind.SERVICE, unitService.getId())).isEmpty();
        long version = version("offering", unitService.getId());

        handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), unitMaintainer);
        handovers.assignKeeper(EntryKind.ACTOR, unit.getId(), cityMaintainer);

        assertThat(entryKeepers.keeper(EntryKind.SERVICE, unitService.getId())).get()
                .extracting(EntryKeepers.KeptBy::userId, EntryKeepers.KeptBy::username)
                .containsExactly(unitMaintainer, "yksikko-" + unique);
        assertThat(entryKeepers.keeper(EntryKind.ACTOR, unit.getId())).get().extracting(EntryKeepers.KeptBy::userId)
                .isEqualTo(cityMaintainer);
        assertThat(version("offering", unitService.getId())).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from offering_aud where id = ?", Long.class, unitService.getId()))
                .as("no new content revision").isEqualTo(1L);
    }

    @Test
    void a_maintainer_of_another_organization_is_refused_and_nothing_changes() {
        login("yhdistys-" + unique, UserRole.MAINTAINER);

        assertThat(entryKeepers.mayAssignKeeper(EntryKind.SERVICE, unitService.getId())).isFalse();
        assertThatThrownBy(() -> entryKeepers.keeperCandidates(EntryKind.SERVICE, unitService.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entryKeepers.keeper(EntryKind.SERVICE, unitService.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), unitMaintainer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.ACTOR, unit.getId(), unitMaintainer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(keepers(unitService.getId())).isZero();
        assertThat(keepers(unit.getId())).isZero();
    }

    @Test
    void a_maintainer_names_only_users_who_may_keep_the_entry() {
        login("yksikko-" + unique, UserRole.MAINTAINER);

        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), associationMaintainer))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).getMessageKey()).isEqualTo("handover.error.cannot-keep");
        assertThat(keepers(unitService.getId())).isZero();
    }

    @Test
    void an_entry_with_no_responsible_organization_is_the_coordinators() {
        login("yhdistys-" + unique, UserRole.MAINTAINER);
        assertThat(entryKeepers.mayAssignKeeper(EntryKind.SERVICE, orphanService.getId()))
                .as("even the provider's maintainer").isFalse();
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, orphanService.getId(), associationMaintainer))
                .isInstanceOf(AccessDeniedException.class);

        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        assertThat(entryKeepers.mayAssignKeeper(EntryKind.SERVICE, orphanService.getId())).isTrue();
        assertThat(entryKeepers.keeperCandidates(EntryKind.SERVICE, orphanService.getId()))
                .extracting(EntryKeepers.KeptBy::userId).contains(associationMaintainer, coordinator);
        handovers.assignKeeper(EntryKind.SERVICE, orphanService.getId(), associationMaintainer);
        assertThat(entryKeepers.keeper(EntryKind.SERVICE, orphanService.getId())).get()
                .extracting(EntryKeepers.KeptBy::userId).isEqualTo(associationMaintainer);
    }

    @Test
    void counsellors_and_anonymous_visitors_name_no_keepers() {
        login("ohjaaja-" + unique, UserRole.COUNSELLOR);
        assertThat(entryKeepers.mayAssignKeeper(EntryKind.SERVICE, unitService.getId())).isFalse();
        assertThatThrownBy(() -> handovers.assignKeeper(EntryKind.SERVICE, unitService.getId(), unitMaintainer))
                .isInstanceOf(AccessDeniedException.class);
        logout();
        assertThat(entryKeepers.mayAssignKeeper(EntryKind.ACTOR, unit.getId())).isFalse();
        assertThat(keepers(unitService.getId())).isZero();
    }

    private long version(String table, UUID id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private long keepers(UUID entryId) {
        return jdbc.queryForObject("select count(*) from entry_keeper where service_id = ? or actor_id = ?", Long.class,
                entryId, entryId);
    }
}
