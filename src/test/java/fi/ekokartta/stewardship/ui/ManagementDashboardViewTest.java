package fi.ekokartta.stewardship.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.OverdueReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManagementDashboardViewTest extends AbstractAppTest {

    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anonymous_user_is_sent_to_login_from_management_view() {
        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(LoginForm.class);
        _assertNone(ManagementDashboardView.class);
    }

    @Test
    void counsellor_is_not_let_into_the_management_view() {
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        assertThrows(MockAccessDeniedException.class, () -> UI.getCurrent().navigate(ManagementDashboardView.class));
        _assertNone(ManagementDashboardView.class);
    }

    @Test
    void coordinator_sees_the_management_dashboard() {
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(H1.class, spec -> spec.withText("Hallinta"));
        _get(Paragraph.class, spec -> spec.withText("Luvut koskevat koko palvelukarttaa."));
        figure("Palveluluonnokset");
        figure("Julkaistut palvelut");
        figure("Arkistoidut palvelut");
        figure("Toimijat");
        figure("Tarkistus myöhässä");
    }

    @Test
    void maintainer_sees_only_her_organizations_entries() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor own = saveActor("Oma järjestö " + unique);
        Actor other = saveActor("Toinen järjestö " + unique);
        saveOffering("Unohtunut palvelu " + unique, own, OfferingStatus.DRAFT, LocalDate.now().minusYears(2));
        saveOffering("Tuore palvelu " + unique, own, OfferingStatus.PUBLISHED, LocalDate.now());
        saveOffering("Toisen palvelu " + unique, other, OfferingStatus.DRAFT, LocalDate.now().minusYears(2));
        saveMaintainer("yllapitaja-" + unique, own);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate(ManagementDashboardView.class);

        _get(Paragraph.class, spec -> spec.withText("Luvut koskevat tietoja, joiden päivitysvastuu on organisaatioillasi."));
        assertEquals("1", figure("Palveluluonnokset"));
        assertEquals("1", figure("Julkaistut palvelut"));
        assertEquals("0", figure("Arkistoidut palvelut"));
        assertEquals("1", figure("Toimijat"));
        assertEquals("1", figure("Tarkistus myöhässä"));
        @SuppressWarnings("unchecked")
        Grid<OverdueReview> overdue = _get(Grid.class);
        assertEquals(1, _size(overdue));
        assertEquals("Unohtunut palvelu " + unique, _get(overdue, 0).name().getFi());
    }

    /** The value shown beside a figure's label. */
    private static String figure(String label) {
        Component term = _get(DescriptionList.Term.class, spec -> spec.withText(label));
        Component figure = term.getParent().orElseThrow();
        return figure.getChildren()
                .filter(DescriptionList.Description.class::isInstance)
                .map(description -> ((DescriptionList.Description) description).getText())
                .findFirst().orElseThrow();
    }

    /** An actor responsible for its own entry, as the seed makes them. */
    private Actor saveActor(String name) {
        Actor actor = new Actor();
        actor.setName(LocalizedText.of(name));
        actor.getResponsibility().setResponsibleActor(actor);
        Actor saved = actors.save(actor);
        deleteAfterTest(() -> actors.deleteById(saved.getId()));
        return saved;
    }

    private void saveOffering(String name, Actor provider, OfferingStatus status, LocalDate lastReviewed) {
        Offering offering = new Offering();
        offering.setName(LocalizedText.of(name));
        offering.setDescription(LocalizedText.of("Testipalvelu hallintanäkymän testiä varten."));
        offering.setProvider(provider);
        offering.setStatus(status);
        offering.getResponsibility().setResponsibleActor(provider);
        offering.getResponsibility().setLastReviewed(lastReviewed);
        offering.getResponsibility().setReviewIntervalMonths(6);
        Offering saved = offerings.save(offering);
        deleteAfterTest(() -> offerings.deleteById(saved.getId()));
    }

    private void saveMaintainer(String username, Actor organization) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash("{noop}ei-kaytossa");
        user.setRole(UserRole.MAINTAINER);
        user.getOrganizations().add(organization);
        UUID id = users.save(user).getId();
        deleteAfterTest(() -> {
            jdbc.update("delete from app_user_organization where app_user_id = ?", id);
            jdbc.update("delete from app_user where id = ?", id);
        });
    }
}
