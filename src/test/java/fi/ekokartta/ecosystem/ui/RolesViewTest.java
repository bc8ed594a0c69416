package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignmentRepository;
import fi.ekokartta.ecosystem.RoleFixture;
import fi.ekokartta.ecosystem.RoleRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RolesViewTest extends AbstractAppTest {

    /** The seed's "Koordinoi työllisyyden ekosysteemiä". */
    private static final String SEEDED_ROLE = "7e5533ad-9526-5f81-b75f-860d51a8adef";

    @Autowired
    private RoleRepository roleRepository;
    @Autowired
    private RoleAssignmentRepository assignmentRepository;
    @Autowired
    private TargetGroupRepository targetGroups;
    @Autowired
    private MunicipalityRepository municipalities;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private TargetGroup served;
    private TargetGroup unserved;
    private Actor actor;
    private Actor otherActor;
    private Role role;

    @BeforeEach
    void rolesOfATestActorInHelsinki() {
        unique = EntryFixture.unique();
        RoleFixture roles = new RoleFixture(roleRepository, assignmentRepository, targetGroups, jdbc, this::deleteAfterTest);
        served = roles.targetGroup("Palveltu ryhmä " + unique);
        unserved = roles.targetGroup("Palvelematon ryhmä " + unique);
        Municipality helsinki = municipalities.findById("091").orElseThrow();
        actor = entries().actor("Roolitoimija " + unique, a -> {
            a.setSector(ActorSector.THIRD_SECTOR);
            a.getMunicipalities().add(helsinki);
        });
        otherActor = entries().actor("Toinen toimija " + unique);
        role = roles.role("Testirooli " + unique);
        roles.assignment(role, actor, List.of(served), List.of(helsinki), "Ohjaa testiasiakkaita " + unique + ".");
    }

    @Test
    void matrix_cell_names_the_role_the_actor_holds_for_the_client_group() {
        UI.getCurrent().navigate("roolit", QueryParameters.of("kunta", "091"));

        _get(H1.class, spec -> spec.withText("Roolit ja vastuut"));
        NativeTable table = _get(NativeTable.class, spec -> spec.withClasses("role-matrix"));
        assertThat(table.getCaptionText()).contains("Helsinki");
        List<Component> headers = table.getHead().getRows().getFirst().getAllCells();
        int servedColumn = column(headers, "Palveltu ryhmä " + unique);
        int unservedColumn = column(headers, "Palvelematon ryhmä " + unique);
        assertThat(headers.get(servedColumn).getElement().getAttribute("scope")).isEqualTo("col");
        NativeTableRow row = table.getBody().getRows().stream()
                .filter(r -> text(r.getAllCells().getFirst()).equals("Roolitoimija " + unique)).findFirst().orElseThrow();
        assertThat(row.getAllCells().getFirst()).isInstanceOf(NativeTableHeaderCell.class);
        assertThat(row.getAllCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
        assertThat(text(row.getAllCells().get(servedColumn))).isEqualTo("Testirooli " + unique);
        assertThat(text(row.getAllCells().get(unservedColumn))).isEqualTo("–");
    }

    @Test
    void on_a_phone_the_matrix_reads_as_a_folded_list_of_the_groups_each_actor_serves() {
        UI.getCurrent().navigate("roolit", QueryParameters.of("kunta", "091"));

        Div list = _get(Div.class, spec -> spec.withClasses("role-matrix-list"));
        Element folded = list.getElement().getChildren()
                .filter(details -> details.getChild(0).getTextRecursively().startsWith("Roolitoimija " + unique))
                .findFirst().orElseThrow();
        assertThat(folded.getTag()).isEqualTo("details");
        assertThat(folded.getChild(0).getTag()).isEqualTo("summary");
        assertThat(folded.getChild(0).getTextRecursively()).isEqualTo("Roolitoimija " + unique + " (1 kohderyhmä)");
        assertThat(folded.getTextRecursively()).contains("Palveltu ryhmä " + unique + ": Testirooli " + unique)
                .as("an empty cell takes no room in the list").doesNotContain("Palvelematon ryhmä " + unique);
        assertThat(_find(list, Anchor.class, spec -> spec.withText("Testirooli " + unique)).getFirst().getHref())
                .isEqualTo("roolit/" + role.getId());
        assertThat(_find(list, Anchor.class, spec -> spec.withText("Toimijan sivu: Roolitoimija " + unique)).getFirst()
                .getHref()).isEqualTo("toimija/" + actor.getId());
    }

    @Test
    void gaps_list_the_client_groups_no_one_serves_in_the_municipality() {
        UI.getCurrent().navigate("roolit", QueryParameters.of("kunta", "091"));

        List<Div> gaps = _find(Div.class, spec -> spec.withClasses("role-gap"));
        assertThat(gaps).hasSize(1);
        String helsinki = gaps.getFirst().getElement().getTextRecursively();
        assertThat(helsinki).startsWith("Helsinki").contains("Palvelematon ryhmä " + unique)
                .doesNotContain("Palveltu ryhmä " + unique);
    }

    @Test
    void sector_filter_leaves_out_actors_of_other_sectors() {
        UI.getCurrent().navigate("roolit", QueryParameters.simple(Map.of("kunta", "091", "sektori", "THIRD_SECTOR")));
        _get(Anchor.class, spec -> spec.withText("Roolitoimija " + unique));

        UI.getCurrent().navigate("roolit", QueryParameters.simple(Map.of("kunta", "091", "sektori", "COMPANY")));
        _assertNone(Anchor.class, spec -> spec.withText("Roolitoimija " + unique));
    }

    @Test
    void catalogue_links_each_role_to_its_page_with_the_number_of_actors() {
        UI.getCurrent().navigate("roolit");

        Anchor link = _get(Anchor.class, spec -> spec.withText("Testirooli " + unique).withClasses("role-link"));
        assertThat(link.getHref()).isEqualTo("roolit/" + role.getId());
        String item = link.getParent().orElseThrow().getParent().orElseThrow().getElement().getTextRecursively();
        assertThat(item).contains("1 toimija");
        assertThat(_find(NativeTable.class, spec -> spec.withClasses("role-matrix"))).hasSize(1);
    }

    @Test
    void role_page_lists_holders_with_client_groups_responsibilities_and_contact() {
        UI.getCurrent().navigate("roolit/" + role.getId());

        _get(H1.class, spec -> spec.withText("Testirooli " + unique));
        _get(H2.class, spec -> spec.withText("Roolin haltijat (1)"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Roolitoimija " + unique)).getHref())
                .isEqualTo("toimija/" + actor.getId());
        String page = _get(RoleView.class).getElement().getTextRecursively();
        assertThat(page).contains("Palveltu ryhmä " + unique).contains("Helsinki")
                .contains("Ohjaa testiasiakkaita " + unique + ".").contains("Palveluohjaaja");
        _get(Anchor.class, spec -> spec.withText("ohjaus@testi.example"));
        _assertNone(Button.class, spec -> spec.withText("Lisää tehtävä"));
        _assertNone(Button.class, spec -> spec.withText("Muokkaa roolia"));
        _assertNone(Button.class, spec -> spec.withText("Muokkaa tehtävää"));
    }

    @Test
    void maintainer_edits_assignments_of_her_actors_only() {
        saveUser("roolit-yllapitaja-" + unique, UserRole.MAINTAINER, otherActor);
        login("roolit-yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate("roolit/" + role.getId());

        _get(Button.class, spec -> spec.withText("Lisää tehtävä"));
        _assertNone(Button.class, spec -> spec.withText("Muokkaa tehtävää"));
        _assertNone(Button.class, spec -> spec.withText("Muokkaa roolia"));
    }

    @Test
    void maintainer_adds_a_task_for_her_actor_and_is_told_what_is_missing() {
        saveUser("roolit-lisaaja-" + unique, UserRole.MAINTAINER, otherActor);
        login("roolit-lisaaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("roolit/" + role.getId());

        _click(_get(Button.class, spec -> spec.withText("Lisää tehtävä")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> actorChoice = _get(ComboBox.class, spec -> spec.withLabel("Toimija"));
        assertThat(actorChoice.getListDataView().getItemCount()).isEqualTo(1);
        _setValue(actorChoice, actorChoice.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> groups = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Kohderyhmät"));
        assertThat(groups.isInvalid()).isTrue();
        assertThat(groups.getErrorMessage()).isEqualTo("Valitse vähintään yksi kohderyhmä.");

        Object unservedChoice = groups.getListDataView().getItems()
                .filter(item -> item.toString().contains(unserved.getId().toString())).findFirst().orElseThrow();
        _setValue(groups, Set.of(unservedChoice));
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        _get(H2.class, spec -> spec.withText("Roolin haltijat (2)"));
        _get(Anchor.class, spec -> spec.withText("Toinen toimija " + unique));
        assertThat(_find(Button.class, spec -> spec.withText("Muokkaa tehtävää"))).hasSize(1);
    }

    @Test
    void coordinator_gets_the_catalogue_tools() {
        login("roolit-koordinaattori", UserRole.COORDINATOR);

        UI.getCurrent().navigate("roolit");
        _get(Button.class, spec -> spec.withText("Uusi rooli"));
        UI.getCurrent().navigate("roolit/" + role.getId());
        _get(Button.class, spec -> spec.withText("Muokkaa roolia"));
        _get(Button.class, spec -> spec.withText("Lisää tehtävä"));
        _get(Button.class, spec -> spec.withText("Muokkaa tehtävää"));
    }

    @Test
    void seeded_roles_read_in_swedish_and_english() {
        UI.getCurrent().navigate("roolit/" + SEEDED_ROLE, QueryParameters.of("lang", "sv"));
        _get(H1.class, spec -> spec.withText("Koordinerar sysselsättningsekosystemet"));

        UI.getCurrent().navigate("roolit", QueryParameters.of("lang", "en"));
        _get(H1.class, spec -> spec.withText("Roles and responsibilities"));
        _get(Anchor.class, spec -> spec.withText("Coordinates the employment ecosystem").withClasses("role-link"));
        assertThat(_get(NativeTable.class, spec -> spec.withClasses("role-matrix")).getBody().getRows()).isNotEmpty();
    }

    @Test
    void unknown_role_is_page_not_found() {
        UI.getCurrent().navigate("roolit/" + java.util.UUID.randomUUID());
        _get(H1.class, spec -> spec.withText("Sivua ei löytynyt"));

        UI.getCurrent().navigate("roolit/ei-rooli");
        _get(H1.class, spec -> spec.withText("Sivua ei löytynyt"));
    }

    @Test
    void coordinator_adds_a_role_to_the_catalogue_and_lands_on_its_page() {
        login("roolit-koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("roolit");

        _click(_get(Button.class, spec -> spec.withText("Uusi rooli")));
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        com.vaadin.flow.component.textfield.TextField finnish = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Nimi (suomi)"));
        assertThat(finnish.isInvalid()).isTrue();
        assertThat(finnish.getErrorMessage()).isEqualTo("Anna nimi suomeksi.");

        _setValue(finnish, "Uusi testirooli " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        _get(H1.class, spec -> spec.withText("Uusi testirooli " + unique));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        deleteAfterTest(() -> new RoleFixture(roleRepository, assignmentRepository, targetGroups, jdbc, this::deleteAfterTest)
                .deleteRole(java.util.UUID.fromString(path.substring("roolit/".length()))));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Kukaan ei vielä hoida tätä roolia."));
    }

    private static int column(List<Component> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (text(headers.get(i)).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No column " + name);
    }

    private static String text(Component cell) {
        return cell.getElement().getTextRecursively().strip();
    }
}
