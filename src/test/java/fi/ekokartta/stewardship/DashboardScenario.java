package fi.ekokartta.stewardship;

import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Entries for the dashboard's figures, made beside the seed: organization "Oma" with a unit,
 * six services in every state, and organization "Toinen" with one overdue service. Dates are set
 * with SQL after saving, as the application stamps the last change itself.
 *
 * <pre>
 * Oma:   s1 published, class X (sub-class), M1, Veera Vastuu, assured 10 days ago   current, report today
 *        s2 published, class X, M1 and M2, Veera Vastuu, reviewed 2 years ago      overdue, report 10 days old
 *        s3 draft, M2, Olli Omistaja, changed 400 days ago                          overdue, report fixed (40 days)
 *        s4 in review, changed 20 days ago;  s5 in review, changed 5 days ago        current
 *        s6 archived, reviewed 3 years ago                                          not reviewed
 *        Oma itself (actor)                                                         current
 * Unit:  the unit of Oma (actor), M1, reviewed 2 years ago                          overdue
 * Toinen: t1 published, reviewed 2 years ago                                        overdue, report today
 * </pre>
 */
public final class DashboardScenario {

    public static final String VEERA = "Veera Vastuu";
    public static final String OLLI = "Olli Omistaja";

    public final String unique = EntryFixture.unique();
    public final Actor own;
    public final Actor unit;
    public final Actor other;
    public final Offering s1;
    public final Offering s2;
    public final Offering s3;
    public final Offering s4;
    public final Offering s5;
    public final Offering s6;
    public final Offering t1;
    /** A top-level class, and the two municipalities used. */
    public final String topClass;
    public final String m1;
    public final String m2;
    private final JdbcTemplate jdbc;

    public DashboardScenario(EntryFixture entries, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        LocalDate today = FinnishDates.today();
        topClass = jdbc.queryForObject("select t.code from taxonomy_term t where t.parent_id is null and t.taxonomy = 'ekokartta-palveluluokitus'"
                + " and exists (select 1 from taxonomy_term s where s.parent_id = t.id) order by t.code limit 1", String.class);
        UUID subClass = jdbc.queryForObject("select s.id from taxonomy_term s join taxonomy_term t on s.parent_id = t.id"
                + " where t.code = ? and t.taxonomy = 'ekokartta-palveluluokitus' order by s.code limit 1", UUID.class, topClass);
        UUID top = jdbc.queryForObject("select id from taxonomy_term where code = ? and taxonomy = 'ekokartta-palveluluokitus'", UUID.class, topClass);
        List<String> codes = jdbc.queryForList("select code from municipality order by in_employment_area desc, code limit 2",
                String.class);
        m1 = codes.get(0);
        m2 = codes.get(1);
        own = entries.actor("Oma " + unique);
        unit = entries.actor("Oman yksikkö " + unique, actor -> actor.setParent(own));
        other = entries.actor("Toinen " + unique);
        s1 = service(entries, "Ajan tasalla", own, OfferingStatus.PUBLISHED);
        s2 = service(entries, "Unohtunut", own, OfferingStatus.PUBLISHED);
        s3 = service(entries, "Vanha luonnos", own, OfferingStatus.DRAFT);
        s4 = service(entries, "Odottava", own, OfferingStatus.IN_REVIEW);
        s5 = service(entries, "Tuore odottava", own, OfferingStatus.IN_REVIEW);
        s6 = service(entries, "Arkistoitu", own, OfferingStatus.ARCHIVED);
        t1 = service(entries, "Toisen palvelu", other, OfferingStatus.PUBLISHED);
        jdbc.update("insert into offering_class (classes_id, offering_id) values (?, ?)", subClass, s1.getId());
        jdbc.update("insert into offering_class (classes_id, offering_id) values (?, ?)", top, s2.getId());
        area("offering_municipality", "offering_id", s1.getId(), m1);
        area("offering_municipality", "offering_id", s2.getId(), m1);
        area("offering_municipality", "offering_id", s2.getId(), m2);
        area("offering_municipality", "offering_id", s3.getId(), m2);
        area("actor_municipality", "actor_id", unit.getId(), m1);
        jdbc.update("update offering set assured_date = ?, responsibility_responsible_person = ? where id = ?",
                today.minusDays(10), VEERA, s1.getId());
        jdbc.update("update offering set responsibility_last_reviewed = ?, responsibility_responsible_person = ? where id = ?",
                today.minusYears(2), VEERA, s2.getId());
        jdbc.update("update offering set last_modified = ?, responsibility_responsible_person = ? where id = ?",
                stamp(today.minusDays(400)), OLLI, s3.getId());
        jdbc.update("update offering set last_modified = ? where id = ?", stamp(today.minusDays(20)), s4.getId());
        jdbc.update("update offering set last_modified = ? where id = ?", stamp(today.minusDays(5)), s5.getId());
        jdbc.update("update offering set responsibility_last_reviewed = ? where id = ?", today.minusYears(3), s6.getId());
        jdbc.update("update offering set responsibility_last_reviewed = ? where id = ?", today.minusYears(2), t1.getId());
        jdbc.update("update actor set responsibility_last_reviewed = ? where id = ?", today.minusYears(2), unit.getId());
        report(s1, own, 0, "OPEN");
        report(s2, own, 10, "IN_PROGRESS");
        report(s3, own, 40, "FIXED");
        report(t1, other, 0, "OPEN");
    }

    /** A report of outdated information made days ago; the fixture removes it with its entry. */
    private void report(Offering service, Actor owner, int daysAgo, String status) {
        jdbc.update("insert into outdated_report (id, entry_kind, entry_id, entry_name, responsible_actor_id, message, reported_at,"
                        + " status, handled_at) values (?, 'SERVICE', ?, ?, ?, 'Tieto on vanhentunut.', now() - make_interval(days => ?), ?,"
                        + " case when ? = 'FIXED' then now() end)",
                UUID.randomUUID(), service.getId(), service.getName().getFi(), owner.getId(), daysAgo, status, status);
    }

    private Offering service(EntryFixture entries, String name, Actor organization, OfferingStatus status) {
        return entries.offering(name + " " + unique, organization, status, offering -> { });
    }

    private void area(String table, String column, UUID id, String code) {
        jdbc.update("insert into " + table + " (" + column + ", municipalities_code) values (?, ?)", id, code);
    }

    /** Noon of the day, so that the day is the same in Finnish time. */
    public static Timestamp stamp(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    /** A re-assurance of a service on the day, as the audit log keeps it; removed after the test. */
    public static void reassured(JdbcTemplate jdbc, Consumer<Runnable> deleteAfterTest, UUID service, LocalDate day) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into audit_event (id, occurred_at, username, action, subject) values (?, ?, 'testi', 'ENTRY_REASSURED', ?)",
                id, stamp(day), "/palvelu/" + service);
        deleteAfterTest.accept(() -> jdbc.update("delete from audit_event where id = ?", id));
    }
}
