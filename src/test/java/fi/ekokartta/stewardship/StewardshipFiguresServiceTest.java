package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.StewardshipFigures.AgeBucket;
import fi.ekokartta.stewardship.StewardshipFigures.AwaitingApproval;
import fi.ekokartta.stewardship.StewardshipFigures.EntriesByStatus;
import fi.ekokartta.stewardship.StewardshipFigures.ReportAge;
import fi.ekokartta.stewardship.StewardshipFigures.Share;
import fi.ekokartta.stewardship.StewardshipFigures.Tally;
import fi.ekokartta.stewardship.StewardshipFigures.TrendPoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class StewardshipFiguresServiceTest extends AbstractAppTest {

    @Autowired
    private StewardshipFiguresService service;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ManagedServiceListService services;

    @Test
    void a_maintainer_gets_her_organizations_figures_counted_from_the_entries() {
        DashboardScenario data = new DashboardScenario(entries(), jdbc);
        saveUser("yllapitaja-" + data.unique, UserRole.MAINTAINER, data.own);
        login("yllapitaja-" + data.unique, UserRole.MAINTAINER);

        StewardshipFigures figures = service.figures();

        assertThat(figures.ownOrganizationsOnly()).isTrue();
        assertThat(figures.byOrganization()).containsExactly(
                new EntriesByStatus(data.own.getId().toString(), data.own.getName(), 1, 2, 2, 1, 1),
                new EntriesByStatus(data.unit.getId().toString(), data.unit.getName(), 0, 0, 0, 0, 1));
        assertThat(figures.byClass()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(data.topClass);
            assertThat(List.of(row.draft(), row.inReview(), row.published(), row.archived(), row.actors()))
                    .containsExactly(0L, 0L, 2L, 0L, 0L);
        });
        assertThat(figures.assured()).isEqualTo(new Share(null, null, 4, 7));
        assertThat(figures.assured().percent()).isEqualTo(57);
        assertThat(figures.assuredByOrganization()).containsExactly(
                new Share(data.unit.getId().toString(), data.unit.getName(), 0, 1),
                new Share(data.own.getId().toString(), data.own.getName(), 4, 6));
        assertThat(figures.overdueByOrganization()).containsExactlyInAnyOrder(
                new Tally(data.own.getId().toString(), data.own.getName(), 2, 0),
                new Tally(data.unit.getId().toString(), data.unit.getName(), 0, 1));
        assertThat(figures.overdueByPerson()).extracting(Tally::key, Tally::services, Tally::actors).containsExactly(
                tuple("", 0L, 1L),
                tuple(DashboardScenario.OLLI, 1L, 0L),
                tuple(DashboardScenario.VEERA, 1L, 0L));
        assertThat(figures.overdueByMunicipality()).extracting(Tally::key, Tally::services, Tally::actors)
                .containsExactlyInAnyOrder(tuple(data.m1, 1L, 1L),
                        tuple(data.m2, 2L, 0L));
        assertThat(figures.reportAges()).containsExactly(new ReportAge(AgeBucket.UNDER_7, 1, 0),
                new ReportAge(AgeBucket.FROM_7_TO_14, 1, 0), new ReportAge(AgeBucket.FROM_14_TO_30, 0, 0),
                new ReportAge(AgeBucket.OVER_30, 0, 0));
        assertThat(figures.awaitingApproval()).containsExactly(
                new AwaitingApproval(data.own.getId(), data.own.getName(), 2, FinnishDates.today().minusDays(20)));
    }

    @Test
    void a_class_without_a_code_as_an_import_may_bring_is_left_out_of_the_class_figures() {
        String unique = fi.ekokartta.EntryFixture.unique();
        java.util.UUID term = java.util.UUID.randomUUID();
        jdbc.update("insert into taxonomy_term (version, id, name_fi, taxonomy) values (0, ?, ?, 'ekokartta-palveluluokitus')",
                term, "Tuotu luokka " + unique);
        fi.ekokartta.offering.Offering offering = entries().offering("Tuotu palvelu " + unique,
                entries().actor("Tuova toimija " + unique), fi.ekokartta.offering.OfferingStatus.PUBLISHED, o -> { });
        jdbc.update("insert into offering_class (offering_id, classes_id) values (?, ?)", offering.getId(), term);
        deleteAfterTest(() -> {
            jdbc.update("delete from offering_class where classes_id = ?", term);
            jdbc.update("delete from taxonomy_term where id = ?", term);
        });
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        StewardshipFigures figures = service.figures();

        assertThat(figures.byClass()).isNotEmpty().allSatisfy(row -> assertThat(row.key()).isNotNull());
    }

    @Test
    void a_coordinator_sees_every_organization_and_the_unanswered_accessibility_feedback() {
        DashboardScenario data = new DashboardScenario(entries(), jdbc);
        String marker = "Ikätesti " + data.unique;
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message = ?", marker));
        jdbc.update("insert into accessibility_feedback (id, message, language, received_at) values (?, ?, 'fi', now() - interval '15 days')",
                UUID.randomUUID(), marker);
        login("koordinaattori-testi", UserRole.COORDINATOR);
        List<ReportAge> before = service.figures().reportAges();
        jdbc.update("update accessibility_feedback set answered_at = now() where message = ?", marker);

        StewardshipFigures figures = service.figures();

        assertThat(figures.ownOrganizationsOnly()).isFalse();
        assertThat(figures.overdueByOrganization()).contains(new Tally(data.other.getId().toString(), data.other.getName(), 1, 0));
        assertThat(figures.byOrganization()).contains(
                new EntriesByStatus(data.other.getId().toString(), data.other.getName(), 0, 0, 1, 0, 1));
        assertThat(feedback(before, AgeBucket.FROM_14_TO_30) - feedback(figures.reportAges(), AgeBucket.FROM_14_TO_30))
                .isEqualTo(1);
    }

    @Test
    void a_maintainer_sees_nothing_of_another_organization() {
        DashboardScenario data = new DashboardScenario(entries(), jdbc);
        saveUser("yllapitaja-" + data.unique, UserRole.MAINTAINER, data.own);
        login("yllapitaja-" + data.unique, UserRole.MAINTAINER);

        StewardshipFigures figures = service.figures();

        String other = data.other.getId().toString();
        assertThat(figures.byOrganization()).noneMatch(row -> row.key().equals(other));
        assertThat(figures.overdueByOrganization()).noneMatch(row -> row.key().equals(other));
        assertThat(figures.assuredByOrganization()).noneMatch(row -> other.equals(row.key()));
    }

    @Test
    void the_services_list_narrows_to_a_responsible_person() {
        DashboardScenario data = new DashboardScenario(entries(), jdbc);
        saveUser("yllapitaja-" + data.unique, UserRole.MAINTAINER, data.own);
        login("yllapitaja-" + data.unique, UserRole.MAINTAINER);

        List<ManagedService> veeras = services.all(new ManagedServiceFilter(null, false, null, null, null, null, false, false,
                false, DashboardScenario.VEERA), ManagedServiceSort.NAME, false);

        assertThat(veeras).extracting(ManagedService::id).containsExactly(data.s1.getId(), data.s2.getId());
    }

    @Test
    void counsellors_get_no_figures() {
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        assertThatThrownBy(service::figures).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * At a past month end an entry counts from its latest assurance by then (an audit-logged
     * re-assurance or its assured date); an entry with no trace by then is left out.
     */
    @Test
    void the_trend_counts_each_month_end_from_the_assurances_made_by_then() {
        LocalDate today = FinnishDates.today();
        LocalDate sixBack = YearMonth.from(today).minusMonths(6).atEndOfMonth();
        LocalDate elevenBack = YearMonth.from(today).minusMonths(11).atEndOfMonth();
        String unique = EntryFixture.unique();
        Actor own = entries().actor("Trendi " + unique);
        Offering reassured = entries().offering("Varmistettu " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        Offering lapsed = entries().offering("Rauennut " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        entries().offering("Uusi " + unique, own, OfferingStatus.PUBLISHED, offering -> { });
        jdbc.update("update offering set assured_date = ? where id = ?", today, reassured.getId());
        DashboardScenario.reassured(jdbc, this::deleteAfterTest, reassured.getId(), sixBack.minusDays(5));
        jdbc.update("update offering set assured_date = ? where id = ?", sixBack.minusMonths(13), lapsed.getId());
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        List<TrendPoint> trend = service.figures().trend();

        assertThat(trend).hasSize(12);
        assertThat(trend.getFirst()).isEqualTo(new TrendPoint(elevenBack, 1, 1));
        assertThat(trend.get(5)).isEqualTo(new TrendPoint(sixBack, 1, 2));
        assertThat(trend.get(5).percent()).isEqualTo(50);
        assertThat(trend.getLast()).isEqualTo(new TrendPoint(today, 3, 4));
    }

    @Test
    void the_public_summary_counts_only_published_services_and_active_actors() {
        Share before = service.publicSummary();
        String unique = EntryFixture.unique();
        Actor archivedActor = entries().actor("Lopettanut " + unique,
                actor -> actor.setStatus(ActorStatus.ARCHIVED));
        Offering current = entries().offering("Julkinen " + unique, archivedActor, OfferingStatus.PUBLISHED, offering -> { });
        Offering overdue = entries().offering("Julkinen vanha " + unique, archivedActor, OfferingStatus.PUBLISHED, offering -> { });
        Offering draft = entries().offering("Luonnos " + unique, archivedActor, OfferingStatus.DRAFT, offering -> { });
        Offering inReview = entries().offering("Tarkastettava " + unique, archivedActor, OfferingStatus.IN_REVIEW, offering -> { });
        jdbc.update("update offering set assured_date = ? where id = ?", FinnishDates.today(), current.getId());
        jdbc.update("update offering set responsibility_last_reviewed = ? where id in (?, ?, ?)",
                FinnishDates.today().minusYears(3), overdue.getId(), draft.getId(), inReview.getId());

        Share after = service.publicSummary();

        assertThat(after.total() - before.total()).isEqualTo(2);
        assertThat(after.assured() - before.assured()).isEqualTo(1);
    }

    private static long feedback(List<ReportAge> ages, AgeBucket bucket) {
        return ages.stream().filter(age -> age.age() == bucket).findFirst().orElseThrow().accessibilityFeedback();
    }
}
