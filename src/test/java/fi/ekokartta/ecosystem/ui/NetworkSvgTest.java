package fi.ekokartta.ecosystem.ui;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.ecosystem.NetworkGraph;
import fi.ekokartta.ecosystem.RelationshipType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network picture: well-formed SVG, a link per actor shown, the same bytes for the same network. */
class NetworkSvgTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Test
    void picture_is_well_formed_and_links_every_actor_once() throws Exception {
        NetworkGraph graph = network(12);

        Document document = parse(render(graph));

        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("group", root.getAttribute("role"), "a picture holding links is no image");
        assertFalse(root.getAttribute("aria-label").isBlank());
        assertEquals("100%", root.getAttribute("width"));
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
        NodeList anchors = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            linked.add(anchor.getAttribute("href"));
            assertFalse(anchor.getAttribute("aria-label").isBlank());
            assertEquals(1, anchor.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength());
        }
        assertEquals(graph.actors().size(), anchors.getLength());
        assertEquals(graph.actors().stream().map(node -> "toimija/" + node.id()).collect(java.util.stream.Collectors.toSet()),
                linked);
        assertEquals(graph.links().size(), document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()
                - RelationshipType.values().length, "a line per relationship besides the arrow heads");
    }

    @Test
    void same_network_gives_the_same_bytes() {
        NetworkGraph graph = network(20);
        NetworkGraph again = NetworkGraph.of(new ArrayList<>(graph.actors()).reversed(), graph.links().reversed(),
                NetworkGraph.Filter.on(DAY));

        assertEquals(render(graph), render(graph));
        assertEquals(render(graph), render(again), "the order the rows come in does not matter");
    }

    @Test
    void names_are_escaped_and_shortened_with_the_full_name_in_the_title() throws Exception {
        NetworkGraph.Node node = new NetworkGraph.Node(UUID.randomUUID(),
                LocalizedText.of("Työllisyys & <osaaminen> \"testi\" -toimija pitkällä nimellä"), ActorSector.PROJECT,
                Set.of(), Set.of());
        NetworkGraph graph = NetworkGraph.of(List.of(node), List.of(), NetworkGraph.Filter.on(DAY));

        Document document = parse(render(graph));

        var lines = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan");
        assertEquals(2, lines.getLength(), "two lines");
        assertEquals("Työllisyys &", lines.item(0).getTextContent(), "broken between words");
        assertEquals("<osaaminen> \"testi\"…", lines.item(1).getTextContent(), "cut between words");
        assertEquals("Työllisyys & <osaaminen> \"testi\"…",
                document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0).getTextContent(),
                "the link's visible text reads as the start of its name, with a space between the lines");
        assertEquals("Työllisyys & <osaaminen> \"testi\" -toimija pitkällä nimellä",
                document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    }

    @Test
    void labels_keep_whole_words() {
        assertEquals(List.of("Ohjaamo YKN"), NetworkSvg.fit("Ohjaamo YKN"));
        assertEquals(List.of("Ylivieskan", "elinvoimapalvelut"), NetworkSvg.fit("Ylivieskan elinvoimapalvelut"),
                "names that start alike stay apart");
        assertEquals(List.of("Työllisyyspalvelukeskus", "Pohjois-Pohjanmaa"), NetworkSvg.fit("Työllisyyspalvelukeskus Pohjois-Pohjanmaa"));
        assertEquals(List.of("Kela…"), NetworkSvg.fit("Kela (Social Insurance Institution of Finland)"));
        assertEquals(List.of("Kela (KELA)", "pohjoinen alue"), NetworkSvg.fit("Kela (KELA) pohjoinen alue"));
        assertEquals(List.of("Pohjois-Pohjanmaan", "hyvinvointialue…"),
                NetworkSvg.fit("Pohjois-Pohjanmaan hyvinvointialue aikuissosiaalityö ja kuntoutus"));
    }

    @Test
    void empty_network_is_still_a_picture() throws Exception {
        NetworkGraph graph = NetworkGraph.of(List.of(), List.of(), NetworkGraph.Filter.on(DAY));

        assertEquals("svg", parse(render(graph)).getDocumentElement().getLocalName());
    }

    @Test
    void labels_of_actors_close_together_do_not_cover_each_other() {
        // five actors crowded within 40 units, where labels all below their circles would overlap
        NetworkGraph graph = network(5);
        List<NetworkGraph.Node> actors = graph.actors();
        java.util.Map<UUID, fi.ekokartta.ecosystem.NetworkLayout.Point> points = new java.util.HashMap<>();
        java.util.Map<UUID, Double> radius = new java.util.HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            points.put(actors.get(i).id(), new fi.ekokartta.ecosystem.NetworkLayout.Point(500 + (i % 2) * 30, 300 + i * 12));
            radius.put(actors.get(i).id(), 8.0);
        }

        java.util.Map<UUID, NetworkSvg.Label> labels = NetworkSvg.labels(graph, points, radius,
                node -> "Pitkähkö nimi " + node.name().getFi(), 640);

        assertEquals(actors.size(), labels.size());
        List<NetworkSvg.Label> placed = new ArrayList<>(labels.values());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().overlaps(placed.get(j).box()), placed.get(i) + " / " + placed.get(j));
            }
        }
        assertTrue(placed.stream().map(NetworkSvg.Label::anchor).distinct().count() > 1,
                "crowded labels go to different sides");
        assertEquals(labels, NetworkSvg.labels(graph, points, radius, node -> "Pitkähkö nimi " + node.name().getFi(), 640));
    }

    private static String render(NetworkGraph graph) {
        return NetworkSvg.svg(graph, "Verkosto", node -> node.name().getFi(), node -> node.name().getFi());
    }

    /** A ring of actors with a spoke to the first from every third, one isolated, sectors in turn. */
    static NetworkGraph network(int size) {
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        ActorSector[] sectors = ActorSector.values();
        for (int i = 0; i < size; i++) {
            nodes.add(new NetworkGraph.Node(new UUID(0, i + 1), LocalizedText.of("Toimija " + i), sectors[i % sectors.length],
                    Set.of(), Set.of()));
        }
        List<NetworkGraph.Link> links = new ArrayList<>();
        RelationshipType[] types = RelationshipType.values();
        for (int i = 0; i < size - 1; i++) {
            links.add(new NetworkGraph.Link(new UUID(1, i), nodes.get(i).id(), nodes.get((i + 1) % (size - 1)).id(),
                    types[i % types.length], LocalizedText.of("Suhde"), null, null));
            if (i % 3 == 0 && i > 0) {
                links.add(new NetworkGraph.Link(new UUID(2, i), nodes.get(i).id(), nodes.get(0).id(),
                        types[(i + 1) % types.length], LocalizedText.of("Suhde"), null, null));
            }
        }
        return NetworkGraph.of(nodes, links, NetworkGraph.Filter.on(DAY));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
