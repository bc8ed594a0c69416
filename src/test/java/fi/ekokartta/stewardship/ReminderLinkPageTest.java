package fi.ekokartta.stewardship;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a reminder's "Tiedot ovat ajan tasalla" link opens ({@code /muistutus/{token}},
 * stewardship/ui/ReminderLinkView): opening it changes nothing, one click re-assures the entry as
 * the user the link was sent to, also without signing in; a changed, expired or someone else's
 * link says so and offers nothing to click. In this package, not beside the view, because the
 * links are made by the package-private {@link ReminderLinks}.
 */
class ReminderLinkPageTest extends AbstractAppTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);

    @Autowired
    private ReminderLinks links;
    @Autowired
    private JdbcTemplate jdbc;

    private final LocalDate today = FinnishDates.today();
    private String unique;
    private Offering service;
    private UUID keeper;

    @BeforeEach
    void a_maintainers_overdue_service() {
        unique = EntryFixture.unique();
        Actor own = entries().actor("Muistutusjärjestö " + unique);
        service = entries().offering("Muistutettu palvelu " + unique, own, OfferingStatus.PUBLISHED, offering -> {
            offering.setAssuredDate(LONG_AGO);
            offering.getResponsibility().setLastReviewed(LONG_AGO);
        });
        saveUser("muistutettu-" + unique, UserRole.MAINTAINER, own);
        keeper = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, "muistutettu-" + unique);
    }

    @Test
    void opening_the_link_asks_and_one_click_reassures_the_entry_without_signing_in() {
        UI.getCurrent().navigate("muistutus/" + token(today.plusDays(14)));

        _get(H1.class, spec -> spec.withText("Tiedot ajan tasalla?"));
        _get(Paragraph.class, spec -> spec.withText("Palvelu: Muistutettu palvelu " + unique));
        _get(Paragraph.class, spec -> spec.withText("Ovatko tiedot yhä oikein? Merkintä tehdään käyttäjätunnuksellasi muistutettu-"
                + unique + ", eikä tietoihin tehdä muita muutoksia."));
        assertThat(_get(Anchor.class, spec -> spec.withText("Muokkaa tietoja")).getHref())
                .isEqualTo("hallinta/palvelu/" + service.getId());
        assertThat(assuredDate()).as("opening changes nothing").isEqualTo(LONG_AGO);

        _click(_get(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla")));

        _get(Paragraph.class, spec -> spec.withText("Tiedot merkitty ajan tasalle " + FinnishDates.date(today) + ". Kiitos!"));
        _assertNone(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla"));
        assertThat(assuredDate()).isEqualTo(today);
        assertThat(jdbc.queryForList("select username from audit_event where action = 'ENTRY_REASSURED' and subject = ?",
                String.class, "/palvelu/" + service.getId())).containsExactly("muistutettu-" + unique);
    }

    @Test
    void a_changed_link_an_expired_link_and_someone_elses_link_say_so_and_offer_nothing_to_click() {
        String token = token(today.plusDays(14));
        UI.getCurrent().navigate("muistutus/" + token.substring(0, token.length() - 2) + "AA");
        _get(Paragraph.class, spec -> spec.withText("Linkki ei ole kelvollinen. Tarkista, että linkki on kopioitu kokonaan, tai"
                + " kirjaudu sisään ja merkitse tiedot ajan tasalle hallinnan listasta."));
        _assertNone(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla"));

        UI.getCurrent().navigate("muistutus/" + token(today.minusDays(1)));
        _get(Paragraph.class, spec -> spec.withText("Linkki on vanhentunut. Kirjaudu sisään ja merkitse tiedot ajan tasalle"
                + " hallinnan listasta."));
        _assertNone(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla"));

        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("muistutus/" + token);
        _get(Paragraph.class, spec -> spec.withText("Linkki on lähetetty toiselle käyttäjälle. Kirjaudu ulos ja avaa linkki"
                + " uudelleen, tai merkitse tiedot omasta listastasi."));
        _assertNone(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla"));
        assertThat(assuredDate()).isEqualTo(LONG_AGO);
    }

    @Test
    void the_keeper_signed_in_herself_confirms_as_well() {
        login("muistutettu-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("muistutus/" + token(today.plusDays(14)));

        _click(_get(Button.class, spec -> spec.withText("Tiedot ovat ajan tasalla")));

        assertThat(assuredDate()).isEqualTo(today);
    }

    private String token(LocalDate lastDay) {
        return links.reassureToken(EntryKind.SERVICE, service.getId(), keeper, lastDay);
    }

    private LocalDate assuredDate() {
        return jdbc.queryForObject("select assured_date from offering where id = ?", LocalDate.class, service.getId());
    }
}
