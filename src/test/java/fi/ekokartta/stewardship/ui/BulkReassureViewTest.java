package fi.ekokartta.stewardship.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.ManagedActor;
import fi.ekokartta.stewardship.ManagedService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Merkitse valitut ajan tasalla oleviksi" in the management lists: chosen rows, a confirmation
 * naming the count, a notification with the count, the list read again; a refusal names the entry.
 */
class BulkReassureViewTest extends AbstractAppTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);
    private static final String BUTTON = "Merkitse valitut ajan tasalla oleviksi";

    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor own;
    private Actor other;

    @BeforeEach
    void three_stale_services() {
        unique = EntryFixture.unique();
        own = entries().actor("Järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        other = entries().actor("Muu järjestö " + unique, actor -> actor.getResponsibility().setLastReviewed(LONG_AGO));
        for (String name : new String[] {"Aamupaja", "Iltapaja", "Yöpaja"}) {
            entries().offering(name + " " + unique, own, OfferingStatus.PUBLISHED, offering -> {
                offering.setAssuredDate(LONG_AGO);
                offering.getResponsibility().setLastReviewed(LONG_AGO);
            });
        }
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, own);
    }

    @Test
    void a_coordinator_chooses_three_services_confirms_and_sees_them_reassured() {
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate(ManagedServicesView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), unique);
        @SuppressWarnings("unchecked")
        Grid<ManagedService> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(3);
        Button bulk = _get(Button.class, spec -> spec.withText(BUTTON));
        assertThat(bulk.isEnabled()).isFalse();

        grid.asMultiSelect().select(_get(grid, 0), _get(grid, 1), _get(grid, 2));
        assertThat(bulk.isEnabled()).isTrue();
        _click(bulk);

        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Merkitäänkö valitut ajan tasalla oleviksi?");
        assertThat(ConfirmDialogKt.getText(ask)).startsWith("Valittuja tietoja on 3.");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(jdbc.queryForObject("select count(*) from offering where assured_date = ? and provider_id = ?",
                Integer.class, FinnishDates.today(), own.getId())).isZero();

        _click(bulk);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("3 tietoa merkitty ajan tasalle " + FinnishDates.date(FinnishDates.today()) + ".");
        for (int row = 0; row < 3; row++) {
            assertThat(_get(grid, row).lastAssured()).isEqualTo(FinnishDates.today());
        }
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(bulk.isEnabled()).isFalse();
    }

    @Test
    void a_maintainer_whose_chosen_actor_passed_to_another_organization_is_told_which_and_nothing_changes() {
        Actor unit = entries().actor("Yksikkö " + unique, actor -> {
            actor.setParent(own);
            actor.getResponsibility().setLastReviewed(LONG_AGO);
        });
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate(ManagedActorsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae nimellä")), unique);
        @SuppressWarnings("unchecked")
        Grid<ManagedActor> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        grid.asMultiSelect().select(_get(grid, 0), _get(grid, 1));
        // Meanwhile the unit moves under the other organization.
        jdbc.update("update actor set parent_id = ? where id = ?", other.getId(), unit.getId());

        _click(_get(Button.class, spec -> spec.withText(BUTTON)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Sinulla ei ole oikeutta merkitä tietoa ”Yksikkö " + unique
                + "” tarkistetuksi. Mitään valituista ei muutettu.");
        for (UUID id : new UUID[] {own.getId(), unit.getId()}) {
            assertThat(jdbc.queryForObject("select responsibility_last_reviewed from actor where id = ?", LocalDate.class, id))
                    .isEqualTo(LONG_AGO);
        }
    }

    @Test
    void an_administrator_gets_no_bulk_button() {
        login("admin-testi", UserRole.ADMIN);
        UI.getCurrent().navigate(ManagedServicesView.class);
        _assertNone(Button.class, spec -> spec.withText(BUTTON));
    }
}
