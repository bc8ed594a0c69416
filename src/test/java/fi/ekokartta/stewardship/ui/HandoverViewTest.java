package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserAdministration;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Orphans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's handover page: acknowledging the queue, naming a keeper for an orphan, setting stand-ins. */
class HandoverViewTest extends AbstractAppTest {

    @Autowired
    private UserAdministration administration;
    @Autowired
    private Handovers handovers;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor association;
    private Offering service;
    private UUID leaving;
    private UUID coordinator;

    @BeforeEach
    void a_keeper_who_was_deactivated() {
        unique = EntryFixture.unique();
        association = entries().actor("Yhdistys " + unique);
        service = entries().offering("Vertaisryhmä " + unique, association, OfferingStatus.PUBLISHED, o -> { });
        leaving = saveUser("lahtija-" + unique, UserRole.MAINTAINER, association);
        coordinator = saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        jdbc.update("update app_user set display_name = ? where id = ?", "Koordinaattori " + unique, coordinator);
        jdbc.update("insert into entry_keeper (id, version, service_id, user_id) values (?, 0, ?, ?)",
                UUID.randomUUID(), service.getId(), leaving);
        saveUser("admin-" + unique, UserRole.ADMIN);
        login("admin-" + unique, UserRole.ADMIN);
        administration.setActive(leaving, false);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void the_coordinator_names_a_keeper_for_the_handed_over_orphan_and_acknowledges_the_queue() {
        UI.getCurrent().navigate(HandoverView.class);
        Grid<Handovers.QueueRow> queue = grid("Luovutusjono");
        int row = rowOf(queue, r -> r.entryId().equals(service.getId()));
        assertThat(_get(queue, row).to()).isEmpty();
        @SuppressWarnings("unchecked")
        fi.ekokartta.base.ui.ListDownloads<?> queueFile = _get(fi.ekokartta.base.ui.ListDownloads.class);
        byte[] csv = queueFile.csv();
        assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8).lines())
                .anyMatch(line -> line.startsWith(_get(queue, row).entryName().getFi() + ";"));
        filterOrphans(unique);
        Grid<Orphans.Orphan> orphans = grid(ORPHANS + ": Yhdistys " + unique);
        int orphan = rowOf(orphans, r -> r.id().equals(service.getId()));

        _click((Button) _getCellComponent(orphans, orphan, HandoverView.ASSIGN));
        @SuppressWarnings("unchecked")
        ComboBox<Handovers.Person> keeper = _get(ComboBox.class, spec -> spec.withLabel("Vastuuhenkilö"));
        _setValue(keeper, keeper.getListDataView().getItems().filter(p -> p.id().equals(coordinator)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        expectNotifications("Vastuuhenkilö nimetty.");

        assertThat(jdbc.queryForObject("select user_id from entry_keeper where service_id = ?", UUID.class, service.getId()))
                .isEqualTo(coordinator);
        assertThat(this.<Handovers.QueueRow>shown("Luovutusjono")).noneMatch(r -> r.entryId().equals(service.getId()));
        assertThat(orphanGrids()).flatMap(HandoverViewTest::rows)
                .as("the association itself is still without a keeper, its service no longer")
                .extracting(Orphans.Orphan::id).contains(association.getId()).doesNotContain(service.getId());
    }

    @Test
    void the_orphans_are_grouped_by_organization_filtered_by_name_and_paged() {
        for (int i = 1; i <= OrphanGroups.PAGE_SIZE + 1; i++) {
            entries().actor(String.format("Sivutettu %s %02d", unique, i));
        }
        UI.getCurrent().navigate(HandoverView.class);

        filterOrphans("sivutettu " + unique);
        assertThat(_get(Paragraph.class, spec -> spec.withText("21 organisaatiota, yhteensä 21 tietoa ilman elävää päivittäjää")))
                .isNotNull();
        List<Details> page = _find(Details.class);
        assertThat(page).hasSize(OrphanGroups.PAGE_SIZE).allMatch(details -> !details.isOpened());
        assertThat(summary(page.getFirst())).isEqualTo("Sivutettu " + unique + " 01" + "0 palvelua, 1 toimijaa");
        _click(_get(Button.class, spec -> spec.withText("Seuraava sivu")));
        assertThat(_find(Details.class)).singleElement()
                .satisfies(details -> assertThat(summary(details)).startsWith("Sivutettu " + unique + " 21"));

        filterOrphans("Yhdistys " + unique);
        assertThat(_find(Details.class)).singleElement().satisfies(details -> {
            assertThat(summary(details)).isEqualTo("Yhdistys " + unique + "1 palvelua, 1 toimijaa");
            assertThat(details.isOpened()).as("a single group opens").isTrue();
        });

        filterOrphans("Ei mitään " + unique);
        assertThat(_find(Details.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Hakua vastaavaa organisaatiota ei löytynyt."))).isNotNull();
    }

    @Test
    void an_orphan_group_leads_to_its_organizations_stand_ins() {
        UI.getCurrent().navigate(HandoverView.class);
        filterOrphans(unique);

        _click(_get(Button.class, spec -> spec.withText("Aseta varahenkilöt")));

        @SuppressWarnings("unchecked")
        ComboBox<Handovers.Organization> organization = _get(ComboBox.class, spec -> spec.withLabel("Organisaatio"));
        assertThat(organization.getValue()).extracting(Handovers.Organization::id).isEqualTo(association.getId());
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Varakoordinaattori")).isEnabled()).isTrue();
    }

    @Test
    void the_coordinator_sets_an_organizations_stand_ins() {
        UI.getCurrent().navigate(HandoverView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Handovers.Organization> organization = _get(ComboBox.class, spec -> spec.withLabel("Organisaatio"));
        _setValue(organization, organization.getListDataView().getItems()
                .filter(o -> o.id().equals(association.getId())).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Handovers.Person> fallback = _get(ComboBox.class, spec -> spec.withLabel("Varakoordinaattori"));
        _setValue(fallback, fallback.getListDataView().getItems().filter(p -> p.id().equals(coordinator)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Tallenna varahenkilöt")));
        expectNotifications("Varahenkilöt tallennettu.");

        assertThat(handovers.standIns(association.getId()).fallback()).map(Handovers.Person::id).contains(coordinator);
    }

    @Test
    void a_maintainer_does_not_open_the_page() {
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, association);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate(HandoverView.class);
        assertThat(_find(HandoverView.class)).isEmpty();
    }

    private static final String ORPHANS = "Tiedot ilman vastuuhenkilöä";

    private static void filterOrphans(String text) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suodata organisaation nimellä")), text);
    }

    /** The grids of the orphan groups shown. */
    @SuppressWarnings("unchecked")
    private static List<Grid<Orphans.Orphan>> orphanGrids() {
        return _find(Grid.class).stream().map(g -> (Grid<Orphans.Orphan>) g)
                .filter(g -> g.getAriaLabel().orElse("").startsWith(ORPHANS + ": ")).toList();
    }

    private static String summary(Details details) {
        return details.getSummary().getElement().getTextRecursively();
    }

    /** The rows of the list; none when the list says it is empty and shows no grid. */
    @SuppressWarnings("unchecked")
    private <T> List<T> shown(String label) {
        return _find(Grid.class).stream().filter(g -> label.equals(g.getAriaLabel().orElse(null))).findFirst()
                .map(g -> rows((Grid<T>) g)).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String label) {
        return (Grid<T>) _find(Grid.class).stream().filter(g -> label.equals(g.getAriaLabel().orElse(null))).findFirst()
                .orElseThrow();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static <T> int rowOf(Grid<T> grid, Predicate<T> match) {
        for (int i = 0; i < _size(grid); i++) {
            if (match.test(_get(grid, i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }
}
