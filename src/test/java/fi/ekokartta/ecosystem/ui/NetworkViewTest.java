package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import tools.jackson.databind.node.ObjectNode;
import fi.ekokartta.ecosystem.RoleCatalog;
import fi.ekokartta.security.UserRole;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.ecosystem.NetworkGraph;
import fi.ekokartta.ecosystem.RelationshipType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkViewTest extends AbstractAppTest {

    @Autowired
    private ActorRelationshipRepository relationships;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void network_page_draws_and_tabulates_every_shown_actor() {
        Fixture fixture = fixture();

        UI.getCurrent().navigate("verkosto");

        _get(H1.class, spec -> spec.withText("Toimijaverkosto"));
        NetworkView view = _get(NetworkView.class);
        List<NetworkGraph.Node> actors = rows(actorsGrid());
        assertEquals(view.graph().actors().size(), actors.size());
        assertTrue(actors.stream().anyMatch(node -> node.id().equals(fixture.hub().getId())));
        String svg = view.svg();
        assertTrue(svg.contains("role=\"group\""));
        actors.forEach(node -> assertTrue(svg.contains("href=\"toimija/" + node.id() + "\""), node.name().getFi()));
        assertTrue(view.graph().metrics(fixture.hub().getId()).betweenness() > 0, "the hub joins the other two today");
        assertFalse(view.graph().metrics(fixture.hub().getId()).isolated());
        assertEquals("Ei yhteyksiä", view.note(node(view, fixture.alone())));
    }

    @Test
    void filters_narrow_the_tables_and_stay_in_the_address() {
        Fixture fixture = fixture();
        UI.getCurrent().navigate("verkosto");
        int all = rows(relationshipsGrid()).size();

        _setValue(typesBox(), Set.of(RelationshipType.FUNDS));

        List<NetworkGraph.Link> funds = rows(relationshipsGrid());
        assertTrue(funds.size() < all);
        assertFalse(funds.isEmpty());
        assertTrue(funds.stream().allMatch(link -> link.type() == RelationshipType.FUNDS));
        assertTrue(funds.stream().anyMatch(link -> link.source().equals(fixture.hub().getId())));
        assertTrue(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()
                .contains("tyyppi=funds"));

        @SuppressWarnings("unchecked")
        Select<String> sector = _get(Select.class, spec -> spec.withLabel("Sektori"));
        _setValue(sector, "project");

        List<NetworkGraph.Node> projects = rows(actorsGrid());
        assertFalse(projects.isEmpty());
        assertTrue(projects.stream().allMatch(node -> node.sector() == ActorSector.PROJECT));
        assertTrue(rows(relationshipsGrid()).stream().allMatch(link -> link.type() == RelationshipType.FUNDS));
    }

    @Test
    void year_control_shows_the_relationships_of_that_year() {
        Fixture fixture = fixture();
        UI.getCurrent().navigate("verkosto");
        assertFalse(shown(fixture.ended()), "ended in 2024");

        YearSlider year = _get(YearSlider.class);
        assertEquals("range", year.input().getAttribute("type"));
        assertEquals(String.valueOf(LocalDate.now().getYear() + 1), year.input().getAttribute("max"));
        assertTrue(Integer.parseInt(year.input().getAttribute("min")) <= 2024);
        assertEquals("1", year.input().getAttribute("step"));
        slide(year, 2024);

        assertTrue(shown(fixture.ended()));
        assertEquals(LocalDate.of(2024, 12, 31), _get(NetworkView.class).day());
        // the seeded fundings that ended in 2025 are there in 2024, not today
        List<UUID> ended2025 = jdbc.queryForList("select id from actor_relationship where valid_to = '2025-12-31'", UUID.class);
        assertFalse(ended2025.isEmpty());
        assertTrue(rows(relationshipsGrid()).stream().anyMatch(link -> ended2025.contains(link.id())));
        assertTrue(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters().contains("vuosi=2024"));
        assertEquals("2024", year.input().getProperty("value"));
        assertEquals("Vuosi 2024", year.input().getAttribute("aria-valuetext"));
        slide(year, LocalDate.now().getYear());
        assertFalse(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters().contains("vuosi="));
        assertTrue(rows(relationshipsGrid()).stream().noneMatch(link -> ended2025.contains(link.id())));
        assertFalse(shown(fixture.ended()));
    }

    @Test
    void address_choices_are_shown_in_the_filters() {
        fixture();

        UI.getCurrent().navigate("verkosto", QueryParameters.fromString("tyyppi=funds,part_of&vuosi=2024&sektori=tuntematon"));

        assertEquals(Set.of(RelationshipType.FUNDS, RelationshipType.PART_OF), typesBox().getValue());
        assertEquals(2024, _get(YearSlider.class).getValue());
        @SuppressWarnings("unchecked")
        Select<String> sector = _get(Select.class, spec -> spec.withLabel("Sektori"));
        assertEquals("", sector.getValue(), "an unknown sector is no filter");
        assertTrue(rows(relationshipsGrid()).stream()
                .allMatch(link -> Set.of(RelationshipType.FUNDS, RelationshipType.PART_OF).contains(link.type())));
    }

    @Test
    void a_day_in_the_address_still_works_and_moves_the_slider_to_its_year() {
        Fixture fixture = fixture();

        UI.getCurrent().navigate("verkosto", QueryParameters.fromString("paiva=2024-06-01"));

        assertEquals(LocalDate.of(2024, 6, 1), _get(NetworkView.class).day());
        assertEquals(2024, _get(YearSlider.class).getValue());
        assertTrue(shown(fixture.ended()));
    }

    @Test
    void visitors_get_no_editing_tools() {
        fixture();
        UI.getCurrent().navigate("verkosto");

        _assertNone(Button.class, spec -> spec.withText("Uusi suhde"));
        assertFalse(relationshipsGrid().getColumnByKey("edit").isVisible());
        assertTrue(editButtons().isEmpty());
    }

    @Test
    void coordinator_adds_a_relationship_and_is_told_what_is_wrong_first() {
        Fixture fixture = fixture();
        login("verkosto-koordinaattori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("verkosto");

        _click(_get(Button.class, spec -> spec.withText("Uusi suhde")));
        ComboBox<RoleCatalog.Named> source = combo("Toimija, jolta suhde lähtee");
        ComboBox<RoleCatalog.Named> target = combo("Toimija, johon suhde kohdistuu");
        _setValue(source, choice(source, fixture.alone()));
        _setValue(target, choice(target, fixture.alone()));
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        assertTrue(target.isInvalid());
        assertEquals("Suhde ei voi kohdistua toimijaan itseensä.", target.getErrorMessage());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RelationshipType> type = _get(RadioButtonGroup.class, spec -> spec.withLabel("Suhteen tyyppi"));
        assertTrue(type.isInvalid());
        assertEquals("Valitse suhteen tyyppi.", type.getErrorMessage());

        _setValue(target, choice(target, fixture.hub()));
        _setValue(type, RelationshipType.COORDINATES);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Kuvaus (suomi)")), "Koordinoi testiä.");
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        _assertNone(RelationshipDialog.class);
        assertTrue(rows(relationshipsGrid()).stream().anyMatch(link -> link.source().equals(fixture.alone().getId())
                && link.target().equals(fixture.hub().getId()) && link.type() == RelationshipType.COORDINATES
                && "Koordinoi testiä.".equals(link.description().getFi())));
        assertTrue(relationshipsGrid().getColumnByKey("edit").isVisible());
        assertEquals(rows(relationshipsGrid()).size(), editButtons().size(), "a coordinator edits every relationship");
    }

    @Test
    void maintainer_edits_and_ends_the_relationships_of_her_actor_only() {
        Fixture fixture = fixture();
        saveUser("verkosto-yllapitaja-" + fixture.hub().getId(), UserRole.MAINTAINER, fixture.hub());
        login("verkosto-yllapitaja-" + fixture.hub().getId(), UserRole.MAINTAINER);
        UI.getCurrent().navigate("verkosto");

        List<Button> edits = editButtons();
        assertEquals(2, edits.size(), "the hub's funding and partnership, not the others' relationships");
        Button partnership = edits.stream().filter(button -> button.getElement().getAttribute("aria-label")
                .contains("kaksi")).findFirst().orElseThrow();
        _click(partnership);
        RelationshipDialog dialog = _get(RelationshipDialog.class);
        assertEquals(1, dialog.source.getListDataView().getItemCount(), "only her own actor as the source");
        assertEquals(RelationshipType.PARTNERS_WITH, dialog.type.getValue());
        _setValue(dialog.validTo, LocalDate.of(2025, 5, 31));
        _click(_get(Button.class, spec -> spec.withText("Päätä suhde")));

        ActorRelationship ended = relationships.findAll().stream()
                .filter(r -> r.getSource().getId().equals(fixture.hub().getId()) && r.getType() == RelationshipType.PARTNERS_WITH)
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 5, 31), ended.getValidTo());
        assertFalse(rows(relationshipsGrid()).stream().anyMatch(link -> link.id().equals(ended.getId())),
                "ended before today, so no longer in today's network");
    }

    @Test
    void actor_page_links_its_keeper_to_the_actors_own_relationships() {
        Fixture fixture = fixture();
        UI.getCurrent().navigate("toimija/" + fixture.hub().getId());
        _assertNone(Anchor.class, spec -> spec.withText("Muokkaa suhteita"));

        saveUser("verkosto-pitaja-" + fixture.hub().getId(), UserRole.MAINTAINER, fixture.hub());
        login("verkosto-pitaja-" + fixture.hub().getId(), UserRole.MAINTAINER);
        UI.getCurrent().navigate("toimija/" + fixture.hub().getId());
        Anchor edit = _get(Anchor.class, spec -> spec.withText("Muokkaa suhteita"));
        assertEquals("verkosto?toimija=" + fixture.hub().getId(), edit.getHref());

        UI.getCurrent().navigate("verkosto", QueryParameters.fromString("toimija=" + fixture.hub().getId()));
        List<NetworkGraph.Link> links = rows(relationshipsGrid());
        assertEquals(2, links.size(), "the hub's funding and partnership today");
        assertTrue(links.stream().allMatch(link -> link.source().equals(fixture.hub().getId())
                || link.target().equals(fixture.hub().getId())));
        assertEquals(2, editButtons().size());
        _get(Anchor.class, spec -> spec.withText("Näytä kaikki suhteet"));
    }

    /** The "Muokkaa" buttons in the relationships table's rows. */
    private static List<Button> editButtons() {
        Grid<NetworkGraph.Link> grid = relationshipsGrid();
        List<Button> buttons = new java.util.ArrayList<>();
        for (int row = 0; row < rows(grid).size(); row++) {
            if (GridKt._getCellComponent(grid, row, "edit") instanceof Button button) {
                assertEquals("Muokkaa", button.getText());
                buttons.add(button);
            }
        }
        return buttons;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RoleCatalog.Named> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static RoleCatalog.Named choice(ComboBox<RoleCatalog.Named> box, Actor actor) {
        return box.getListDataView().getItems().filter(named -> named.id().equals(actor.getId())).findFirst().orElseThrow();
    }

    private static void slide(YearSlider slider, int year) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element.value", String.valueOf(year));
        ElementUtilsKt._fireDomEvent(slider.input(), new DomEvent(slider.input(), "change", data));
    }

    private boolean shown(ActorRelationship relationship) {
        return rows(relationshipsGrid()).stream().anyMatch(link -> link.id().equals(relationship.getId()));
    }

    private static NetworkGraph.Node node(NetworkView view, Actor actor) {
        return view.graph().actors().stream().filter(node -> node.id().equals(actor.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<RelationshipType> typesBox() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Suhteen tyyppi"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<NetworkGraph.Link> relationshipsGrid() {
        return _get(Grid.class, spec -> spec.withId("network-relationships"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<NetworkGraph.Node> actorsGrid() {
        return _get(Grid.class, spec -> spec.withId("network-actors"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getListDataView().getItems().toList();
    }

    private record Fixture(Actor hub, Actor alone, ActorRelationship ended) {
    }

    /**
     * Three project actors of the test's own: the hub funds one and partners with the other, so it
     * joins them; the two referred clients to each other in 2024 only. The fourth has no relationships.
     */
    private Fixture fixture() {
        String unique = EntryFixture.unique();
        EntryFixture entries = entries();
        Actor hub = entries.actor("Verkostotesti keskus " + unique, actor -> actor.setSector(ActorSector.PROJECT));
        Actor first = entries.actor("Verkostotesti yksi " + unique, actor -> actor.setSector(ActorSector.PROJECT));
        Actor second = entries.actor("Verkostotesti kaksi " + unique, actor -> actor.setSector(ActorSector.PROJECT));
        Actor alone = entries.actor("Verkostotesti yksin " + unique, actor -> actor.setSector(ActorSector.PROJECT));
        relationship(hub, first, RelationshipType.FUNDS, null, null);
        relationship(hub, second, RelationshipType.PARTNERS_WITH, null, null);
        ActorRelationship ended = relationship(first, second, RelationshipType.REFERS_CLIENTS_TO,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        List<UUID> ids = List.of(hub.getId(), first.getId(), second.getId(), alone.getId());
        deleteAfterTest(() -> ids.forEach(id ->
                jdbc.update("delete from actor_relationship where source_id = ? or target_id = ?", id, id)));
        return new Fixture(hub, alone, ended);
    }

    private ActorRelationship relationship(Actor from, Actor to, RelationshipType type, LocalDate validFrom, LocalDate validTo) {
        ActorRelationship relationship = new ActorRelationship();
        relationship.setSource(from);
        relationship.setTarget(to);
        relationship.setType(type);
        relationship.setDescription(LocalizedText.of("Testisuhde"));
        relationship.setValidFrom(validFrom);
        relationship.setValidTo(validTo);
        ActorRelationship saved = relationships.save(relationship);
        deleteAfterTest(() -> jdbc.update("delete from actor_relationship where id = ?", saved.getId()));
        return saved;
    }
}
