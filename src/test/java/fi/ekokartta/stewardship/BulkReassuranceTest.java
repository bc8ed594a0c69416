package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Merkitse valitut ajan tasalla oleviksi": several entries re-assured in one step, all or none,
 * each with its audit row; a refusal names the entry the user may not re-assure.
 */
class BulkReassuranceTest extends AbstractAppTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);

    @Autowired
    private Reassurance reassurance;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Actor other;

    @BeforeEach
    void two_organizations() {
        unique = EntryFixture.unique();
        own = entries().actor("Oma järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        other = entries().actor("Toinen järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
    }

    @Test
    void a_coordinator_reassures_three_services_at_once_each_with_its_audit_row() {
        List<UUID> chosen = List.of(service("Yksi", own), service("Kaksi", own), service("Kolme", other));
        UUID untouched = service("Neljä", other);
        login("koordinaattori-bulk", UserRole.COORDINATOR);

        Reassurance.BulkReassured done = reassurance.reassureAll(EntryKind.SERVICE, chosen);

        LocalDate today = FinnishDates.today();
        assertThat(done).isEqualTo(new Reassurance.BulkReassured(3, today, "koordinaattori-bulk"));
        for (UUID id : chosen) {
            assertThat(assured(id)).as(id.toString()).isEqualTo(today);
            assertThat(jdbc.queryForObject("select assurer from offering where id = ?", String.class, id))
                    .isEqualTo("koordinaattori-bulk");
            assertThat(audits("/palvelu/" + id)).as(id.toString()).isEqualTo(1);
        }
        assertThat(assured(untouched)).isEqualTo(LONG_AGO);
        assertThat(audits("/palvelu/" + untouched)).isZero();
    }

    @Test
    void a_coordinator_reassures_actors_at_once() {
        login("koordinaattori-bulk", UserRole.COORDINATOR);

        assertThat(reassurance.reassureAll(EntryKind.ACTOR, List.of(own.getId(), other.getId())).count()).isEqualTo(2);

        assertThat(actorReviewed(own.getId())).isEqualTo(FinnishDates.today());
        assertThat(actorReviewed(other.getId())).isEqualTo(FinnishDates.today());
        assertThat(audits("/toimija/" + own.getId())).isEqualTo(1);
    }

    @Test
    void a_maintainer_choosing_another_organizations_entry_changes_none_and_is_told_which() {
        UUID first = service("Oma ensimmäinen", own);
        UUID second = service("Oma toinen", own);
        UUID foreign = service("Toisen palvelu", other);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        assertThatThrownBy(() -> reassurance.reassureAll(EntryKind.SERVICE, List.of(first, foreign, second)))
                .isInstanceOfSatisfying(Reassurance.RefusedEntry.class,
                        refused -> assertThat(refused.getEntryName().getFi()).isEqualTo("Toisen palvelu " + unique));
        assertThatThrownBy(() -> reassurance.reassureAll(EntryKind.ACTOR, List.of(own.getId(), other.getId())))
                .isInstanceOfSatisfying(Reassurance.RefusedEntry.class,
                        refused -> assertThat(refused.getEntryName().getFi()).isEqualTo("Toinen järjestö " + unique));

        for (UUID id : List.of(first, second, foreign)) {
            assertThat(assured(id)).as(id.toString()).isEqualTo(LONG_AGO);
            assertThat(audits("/palvelu/" + id)).isZero();
        }
        assertThat(actorReviewed(own.getId())).isEqualTo(LONG_AGO);
        assertThat(audits("/toimija/" + own.getId())).isZero();

        // Her own two alone are re-assured.
        assertThat(reassurance.reassureAll(EntryKind.SERVICE, List.of(first, second)).count()).isEqualTo(2);
        assertThat(assured(first)).isEqualTo(FinnishDates.today());
        assertThat(assured(foreign)).isEqualTo(LONG_AGO);
    }

    @Test
    void a_counsellor_reassures_nothing() {
        UUID id = service("Palvelu", own);
        login("ohjaaja-bulk", UserRole.COUNSELLOR);

        assertThatThrownBy(() -> reassurance.reassureAll(EntryKind.SERVICE, List.of(id)))
                .isInstanceOf(Reassurance.RefusedEntry.class);
        assertThat(assured(id)).isEqualTo(LONG_AGO);
    }

    private UUID service(String name, Actor provider) {
        Offering offering = entries().offering(name + " " + unique, provider, OfferingStatus.PUBLISHED, details -> {
            details.setAssuredDate(LONG_AGO);
            details.getResponsibility().setLastReviewed(LONG_AGO);
        });
        return offering.getId();
    }

    private LocalDate assured(UUID id) {
        return jdbc.queryForObject("select assured_date from offering where id = ?", LocalDate.class, id);
    }

    private LocalDate actorReviewed(UUID id) {
        return jdbc.queryForObject("select responsibility_last_reviewed from actor where id = ?", LocalDate.class, id);
    }

    private int audits(String subject) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ENTRY_REASSURED' and subject = ?",
                Integer.class, subject);
    }
}
