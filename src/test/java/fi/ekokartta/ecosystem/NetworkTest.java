package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network's figures against a small hand-made network: two groups joined only through
 * Silta (the bridge), a leaf at each end and one actor with no relationships.
 *
 * <pre>
 *   Alku → Silta → Loppu        (Alku refers clients to Silta, Silta funds Loppu)
 *   Kumppani ↔ Alku             (partners, valid 2024 only)
 *   Erillinen                   (no relationships)
 * </pre>
 */
class NetworkTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private final NetworkGraph.Node alku = node("Alku", ActorSector.MUNICIPALITY, "208", UUID.randomUUID());
    private final NetworkGraph.Node silta = node("Silta", ActorSector.EMPLOYMENT_AREA, "071", null);
    private final NetworkGraph.Node loppu = node("Loppu", ActorSector.THIRD_SECTOR, "071", null);
    private final NetworkGraph.Node kumppani = node("Kumppani", ActorSector.THIRD_SECTOR, "208", null);
    private final NetworkGraph.Node erillinen = node("Erillinen", ActorSector.COMPANY, "208", null);
    private final List<NetworkGraph.Node> nodes = List.of(alku, silta, loppu, kumppani, erillinen);
    private final List<NetworkGraph.Link> links = List.of(
            link(alku, silta, RelationshipType.REFERS_CLIENTS_TO, null, null),
            link(silta, loppu, RelationshipType.FUNDS, LocalDate.of(2025, 1, 1), null),
            link(kumppani, alku, RelationshipType.PARTNERS_WITH, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

    @Test
    void degrees_count_the_relationships_valid_on_the_day() {
        NetworkGraph graph = NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(DAY));

        assertEquals(2, graph.links().size());
        assertEquals(new NetworkGraph.Metrics(0, 1, 0.0, false), graph.metrics(alku.id()));
        assertEquals(1, graph.metrics(silta.id()).in());
        assertEquals(1, graph.metrics(silta.id()).out());
        assertEquals(1, graph.metrics(loppu.id()).in());
        assertTrue(graph.metrics(kumppani.id()).isolated(), "the partnership had ended");
        assertTrue(graph.metrics(erillinen.id()).isolated());
        assertFalse(graph.metrics(silta.id()).isolated());
        assertEquals(3, graph.components(), "Alku–Silta–Loppu, Kumppani, Erillinen");
    }

    @Test
    void the_bridge_has_betweenness_and_leaves_none() {
        NetworkGraph graph = NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(DAY));

        // Silta is on the only shortest path of one pair (Alku–Loppu) out of the (5-1)(5-2)/2 = 6 pairs
        assertEquals(1.0 / 6, graph.metrics(silta.id()).betweenness(), 1e-9);
        assertTrue(graph.metrics(silta.id()).bridge());
        assertEquals(0.0, graph.metrics(alku.id()).betweenness());
        assertEquals(0.0, graph.metrics(loppu.id()).betweenness());
        assertFalse(graph.metrics(loppu.id()).bridge());
        assertEquals(0.0, graph.metrics(erillinen.id()).betweenness());
    }

    @Test
    void validity_includes_its_first_and_last_day_and_excludes_others() {
        NetworkGraph before = NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(LocalDate.of(2023, 12, 31)));
        NetworkGraph first = NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(LocalDate.of(2024, 1, 1)));
        NetworkGraph last = NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(LocalDate.of(2024, 12, 31)));

        assertEquals(List.of(RelationshipType.REFERS_CLIENTS_TO), types(before));
        assertEquals(List.of(RelationshipType.REFERS_CLIENTS_TO, RelationshipType.PARTNERS_WITH), sortedTypes(first));
        assertEquals(sortedTypes(first), sortedTypes(last));
        // in 2024 Alku is between Kumppani and Silta
        assertTrue(first.metrics(alku.id()).betweenness() > 0);
        assertEquals(0.0, first.metrics(silta.id()).betweenness());
    }

    @Test
    void filters_narrow_actors_and_the_relationships_between_them() {
        NetworkGraph funds = NetworkGraph.of(nodes, links,
                new NetworkGraph.Filter(Set.of(RelationshipType.FUNDS), null, null, null, DAY));
        assertEquals(List.of(RelationshipType.FUNDS), types(funds));
        assertEquals(5, funds.actors().size(), "a type filter keeps every actor");
        assertTrue(funds.metrics(alku.id()).isolated());

        NetworkGraph inKalajoki = NetworkGraph.of(nodes, links, new NetworkGraph.Filter(null, null, "071", null, DAY));
        assertEquals(List.of(loppu.id(), silta.id()), inKalajoki.actors().stream().map(NetworkGraph.Node::id).toList());
        assertEquals(List.of(RelationshipType.FUNDS), types(inKalajoki));

        NetworkGraph thirdSector = NetworkGraph.of(nodes, links,
                new NetworkGraph.Filter(null, ActorSector.THIRD_SECTOR, null, null, DAY));
        assertEquals(2, thirdSector.actors().size());
        assertTrue(thirdSector.links().isEmpty());

        UUID group = alku.clientGroups().iterator().next();
        NetworkGraph served = NetworkGraph.of(nodes, links, new NetworkGraph.Filter(null, null, null, group, DAY));
        assertEquals(List.of(alku.id()), served.actors().stream().map(NetworkGraph.Node::id).toList());
    }

    @Test
    void parallel_relationships_each_count_but_do_not_change_betweenness() {
        List<NetworkGraph.Link> doubled = new java.util.ArrayList<>(links);
        doubled.add(link(alku, silta, RelationshipType.PARTNERS_WITH, null, null));
        NetworkGraph graph = NetworkGraph.of(nodes, doubled, NetworkGraph.Filter.on(DAY));

        assertEquals(2, graph.metrics(alku.id()).out());
        assertEquals(1.0 / 6, graph.metrics(silta.id()).betweenness(), 1e-9);
    }

    private static List<RelationshipType> types(NetworkGraph graph) {
        return graph.links().stream().map(NetworkGraph.Link::type).toList();
    }

    private static List<RelationshipType> sortedTypes(NetworkGraph graph) {
        return graph.links().stream().map(NetworkGraph.Link::type).sorted().toList();
    }

    static NetworkGraph.Node node(String name, ActorSector sector, String municipality, UUID clientGroup) {
        return new NetworkGraph.Node(UUID.randomUUID(), LocalizedText.of(name), sector, Set.of(municipality),
                clientGroup == null ? Set.of() : Set.of(clientGroup));
    }

    static NetworkGraph.Link link(NetworkGraph.Node from, NetworkGraph.Node to, RelationshipType type, LocalDate validFrom,
                                  LocalDate validTo) {
        return new NetworkGraph.Link(UUID.randomUUID(), from.id(), to.id(), type, LocalizedText.of("Testisuhde"),
                validFrom, validTo);
    }
}
