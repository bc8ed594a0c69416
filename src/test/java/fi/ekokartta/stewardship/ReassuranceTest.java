package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Tiedot ovat ajan tasalla" and the review interval: the assured date and assurer are set without
 * a content change (version, last change and history stay, an open editor saves without a
 * conflict), the permission is that of editing, and the next review counts the entry's interval,
 * else its organization's default (nearest above), else 12 months.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReassuranceTest extends AbstractAppTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);

    @Autowired
    private Reassurance reassurance;
    @Autowired
    private OfferingEditing offeringEditing;
    @Autowired
    private ActorEditing actorEditing;
    @Autowired
    private ManagedServiceListService services;
    @Autowired
    private ManagedActorListService actorList;
    @Autowired
    private ServicePageService pages;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Actor other;
    private Offering service;

    @BeforeEach
    void entries_of_two_organizations() {
        unique = EntryFixture.unique();
        own = entries().actor("Oma järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        other = entries().actor("Toinen järjestö " + unique);
        service = entries().offering("Työpaja " + unique, own, OfferingStatus.PUBLISHED, offering -> {
            offering.setAssuredDate(LONG_AGO);
            offering.getResponsibility().setLastReviewed(LONG_AGO);
        });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        saveUser("toinen-" + unique, UserRole.MAINTAINER, other);
        jdbc.update("update app_user set email = ? where username = ?", "yllapitaja-" + unique + "@example.fi",
                "yllapitaja-" + unique);
    }

    @Test
    void a_maintainer_reassures_her_service_without_a_content_change_and_an_open_editor_saves_without_conflict() {
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        OfferingEditing.Editable open = offeringEditing.load(service.getId());
        Map<String, Object> before = row("offering", service.getId());
        int revisions = revisions("offering_aud", service.getId());

        Reassurance.Reassured reassured = reassurance.reassureService(service.getId());

        LocalDate today = FinnishDates.today();
        assertThat(reassured).isEqualTo(new Reassurance.Reassured(today, "yllapitaja-" + unique + "@example.fi"));
        Map<String, Object> after = row("offering", service.getId());
        assertThat(after.get("assured_date")).isEqualTo(java.sql.Date.valueOf(today));
        assertThat(after.get("assurer")).isEqualTo("yllapitaja-" + unique + "@example.fi");
        assertThat(after.get("responsibility_last_reviewed")).isEqualTo(java.sql.Date.valueOf(today));
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("last_modified")).isEqualTo(before.get("last_modified"));
        assertThat(revisions("offering_aud", service.getId())).isEqualTo(revisions);
        // The card reads the date from the database: it shows the new one at once.
        assertThat(pages.find(service.getId()).orElseThrow().assuredDate()).isEqualTo(today);
        // The list's next review counts from today; the entry is no longer overdue.
        ManagedService listed = services.all(new ManagedServiceFilter("Työpaja " + unique, false, null, null, null, null,
                false, false), ManagedServiceSort.NAME, false).getFirst();
        assertThat(listed.lastAssured()).isEqualTo(today);
        assertThat(listed.nextReviewDue()).isEqualTo(today.plusMonths(12));

        long saved = offeringEditing.update(service.getId(), open.version(), open.content());

        assertThat(saved).isGreaterThan(open.version());
        assertThat(row("offering", service.getId()).get("assured_date")).isEqualTo(java.sql.Date.valueOf(today));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENTRY_REASSURED' and subject = ?",
                Integer.class, "/palvelu/" + service.getId())).isEqualTo(1);
    }

    @Test
    void an_actor_is_reassured_by_a_coordinator_with_her_username_when_she_has_no_address() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        Map<String, Object> before = row("actor", own.getId());

        reassurance.reassureActor(own.getId());

        Map<String, Object> after = row("actor", own.getId());
        assertThat(after.get("responsibility_last_reviewed")).isEqualTo(java.sql.Date.valueOf(FinnishDates.today()));
        assertThat(after.get("assurer")).isEqualTo("koordinaattori-testi");
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("last_modified")).isEqualTo(before.get("last_modified"));
        assertThat(reassurance.last(EntryKind.ACTOR, own.getId()).assuredDate()).isEqualTo(FinnishDates.today());
    }

    @Test
    void only_those_who_may_edit_the_entry_reassure_it_and_refusals_are_logged(CapturedOutput output) {
        Actor unit = entries().actor("Yksikkö " + unique, actor -> {
            actor.setParent(own);
            actor.getResponsibility().setLastReviewed(LONG_AGO);
        });
        // allowed: the maintainer of the organization, of the organization above the unit, a coordinator
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        reassurance.reassureActor(unit.getId());
        assertThat(lastReviewed(unit.getId())).isEqualTo(FinnishDates.today());
        login("koordinaattori-testi", UserRole.COORDINATOR);
        reassurance.reassureService(service.getId());

        jdbc.update("update offering set assured_date = ? where id = ?", LONG_AGO, service.getId());
        record Denied(String username, UserRole role) {
        }
        for (Denied denied : List.of(new Denied("toinen-" + unique, UserRole.MAINTAINER),
                new Denied("ohjaaja-testi", UserRole.COUNSELLOR), new Denied("admin-testi", UserRole.ADMIN))) {
            login(denied.username(), denied.role());
            assertThatThrownBy(() -> reassurance.reassureService(service.getId())).as(denied.toString())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reassurance.reassureActor(own.getId())).as(denied.toString())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(output).contains("Refused: re-assure of entry " + service.getId() + " by " + denied.username());
        }
        logout();
        assertThatThrownBy(() -> reassurance.reassureService(service.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(row("offering", service.getId()).get("assured_date")).isEqualTo(java.sql.Date.valueOf(LONG_AGO));
        assertThat(lastReviewed(own.getId())).isEqualTo(LONG_AGO);
    }

    @Test
    void the_next_review_takes_the_entrys_interval_else_the_nearest_organization_default_else_twelve_months() {
        Actor parent = entries().actor("Kaupunki " + unique, actor -> actor.setDefaultReviewIntervalMonths(3));
        Actor unit = entries().actor("Kaupungin yksikkö " + unique, actor -> {
            actor.setParent(parent);
            actor.getResponsibility().setLastReviewed(LONG_AGO);
        });
        Offering inherits = entries().offering("Perii " + unique, unit, OfferingStatus.PUBLISHED,
                offering -> offering.getResponsibility().setLastReviewed(LONG_AGO));
        Offering ownInterval = entries().offering("Oma väli " + unique, unit, OfferingStatus.PUBLISHED, offering -> {
            offering.getResponsibility().setLastReviewed(LONG_AGO);
            offering.getResponsibility().setReviewIntervalMonths(24);
        });
        login("koordinaattori-testi", UserRole.COORDINATOR);

        assertThat(due(inherits)).isEqualTo(LONG_AGO.plusMonths(3));
        assertThat(due(ownInterval)).isEqualTo(LONG_AGO.plusMonths(24));
        assertThat(actorDue(unit)).isEqualTo(LONG_AGO.plusMonths(3));
        assertThat(due(service)).isEqualTo(LONG_AGO.plusMonths(12));

        // The unit's own default is nearer than its parent's; a coordinator sets it in the actor editor's service.
        actorEditing.setDefaultReviewInterval(unit.getId(), actorEditing.load(unit.getId()).version(), 6);
        assertThat(due(inherits)).isEqualTo(LONG_AGO.plusMonths(6));
        assertThat(actorDue(unit)).isEqualTo(LONG_AGO.plusMonths(6));

        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        long version = actorEditing.load(own.getId()).version();
        assertThatThrownBy(() -> actorEditing.setDefaultReviewInterval(own.getId(), version, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.findById(own.getId()).orElseThrow().getDefaultReviewIntervalMonths()).isNull();
    }

    @Test
    void entries_due_within_thirty_days_are_flagged_and_filtered_apart_from_overdue_ones() {
        LocalDate today = FinnishDates.today();
        Offering soon = entries().offering("Pian " + unique, own, OfferingStatus.PUBLISHED, offering -> {
            offering.getResponsibility().setLastReviewed(today.minusMonths(12).plusDays(10));
            offering.getResponsibility().setReviewIntervalMonths(12);
        });
        Offering later = entries().offering("Myöhemmin " + unique, own, OfferingStatus.PUBLISHED, offering -> {
            offering.getResponsibility().setLastReviewed(today.minusMonths(12).plusDays(40));
            offering.getResponsibility().setReviewIntervalMonths(12);
        });
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThat(listed(false, false)).containsEntry(soon.getId(), ReviewState.DUE_SOON)
                .containsEntry(later.getId(), ReviewState.CURRENT).containsEntry(service.getId(), ReviewState.OVERDUE);
        assertThat(listed(false, true)).containsOnlyKeys(soon.getId());
        assertThat(listed(true, false)).containsOnlyKeys(service.getId());
        assertThat(listed(true, true)).containsOnlyKeys(soon.getId(), service.getId());
        assertThat(actorList.all(new ManagedActorFilter(unique, false, null, null, null, null, true, false, false),
                ManagedActorSort.NAME, false, java.util.Locale.ROOT)).extracting(ManagedActor::id).containsExactly(own.getId());
    }

    private Map<UUID, ReviewState> listed(boolean overdue, boolean dueSoon) {
        Map<UUID, ReviewState> states = new java.util.HashMap<>();
        services.all(new ManagedServiceFilter(unique, false, null, null, null, null, overdue, false, dueSoon),
                ManagedServiceSort.NAME, false).forEach(row -> states.put(row.id(), row.reviewState(FinnishDates.today())));
        return states;
    }

    private LocalDate due(Offering offering) {
        return services.all(ManagedServiceFilter.none(), ManagedServiceSort.NAME, false).stream()
                .filter(row -> row.id().equals(offering.getId())).findFirst().orElseThrow().nextReviewDue();
    }

    private LocalDate actorDue(Actor actor) {
        return actorList.all(ManagedActorFilter.none(), ManagedActorSort.NAME, false, java.util.Locale.ROOT).stream()
                .filter(row -> row.id().equals(actor.getId())).findFirst().orElseThrow().nextReviewDue();
    }

    private Map<String, Object> row(String table, UUID id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    private int revisions(String table, UUID id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id);
    }

    private LocalDate lastReviewed(UUID actorId) {
        return jdbc.queryForObject("select responsibility_last_reviewed from actor where id = ?", LocalDate.class, actorId);
    }
}
