package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.SimpleGraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The actor network as shown: the actors that pass the filter and the relationships between them
 * that hold on the chosen day, with each actor's figures. Built from plain rows, so the figures
 * can be checked against a small hand-made network.
 *
 * <p>Figures: in- and out-degree count the shown relationships (each one, also several between the
 * same two actors). Betweenness is Brandes' betweenness centrality (JGraphT) on the undirected,
 * simple view of the network: who lies on the shortest paths between others whatever the
 * direction of the links, normalized to 0–1 so networks of different sizes compare. An actor is
 * isolated when no shown relationship touches it; the {@value #BRIDGES} actors of the highest
 * betweenness above zero are the bridges ("sillanrakentajat"). Components count the separate
 * parts of the undirected view, isolated actors each one.
 *
 * @param actors the shown actors, by Finnish name
 * @param links  the shown relationships, in the order of their source's and target's names and type
 */
public record NetworkGraph(List<Node> actors, List<Link> links, Map<UUID, Metrics> metrics, int components) {

    /** How many of the best-connecting actors are called bridges. */
    public static final int BRIDGES = 5;

    /**
     * An actor: {@code municipalities} are codes, {@code clientGroups} target group ids it serves
     * (through a published service or a role assignment, see {@link Network}).
     */
    public record Node(UUID id, LocalizedText name, ActorSector sector, Set<String> municipalities,
                       Set<UUID> clientGroups) {
    }

    /** A directed relationship, valid from and to the given days (both included; null is open). */
    public record Link(UUID id, UUID source, UUID target, RelationshipType type, LocalizedText description,
                       LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** What the network is narrowed to: null types mean all (an empty set none); a null sector, municipality or group any. */
    public record Filter(Set<RelationshipType> types, ActorSector sector, String municipality, UUID clientGroup,
                         LocalDate day) {

        public Filter {
            types = types == null ? EnumSet.allOf(RelationshipType.class)
                    : types.isEmpty() ? EnumSet.noneOf(RelationshipType.class) : EnumSet.copyOf(types);
        }

        public static Filter on(LocalDate day) {
            return new Filter(null, null, null, null, day);
        }

        boolean shows(Node node) {
            return (sector == null || sector == node.sector())
                    && (municipality == null || node.municipalities().contains(municipality))
                    && (clientGroup == null || node.clientGroups().contains(clientGroup));
        }
    }

    public record Metrics(int in, int out, double betweenness, boolean bridge) {

        public boolean isolated() {
            return in + out == 0;
        }
    }

    public static final Comparator<Node> BY_NAME = Comparator.comparing((Node node) -> name(node.name()),
            String.CASE_INSENSITIVE_ORDER).thenComparing(Node::id);

    /** The network of the actors and relationships as narrowed by the filter. */
    public static NetworkGraph of(List<Node> allActors, List<Link> allLinks, Filter filter) {
        List<Node> actors = allActors.stream().filter(filter::shows).sorted(BY_NAME).toList();
        Map<UUID, Node> byId = new LinkedHashMap<>();
        actors.forEach(node -> byId.put(node.id(), node));
        Map<UUID, Integer> order = new LinkedHashMap<>();
        actors.forEach(node -> order.put(node.id(), order.size()));
        List<Link> links = allLinks.stream()
                .filter(link -> byId.containsKey(link.source()) && byId.containsKey(link.target()))
                .filter(link -> !link.source().equals(link.target()))
                .filter(link -> filter.types().contains(link.type()) && link.validOn(filter.day()))
                .sorted(Comparator.comparing((Link link) -> order.get(link.source()))
                        .thenComparing(link -> order.get(link.target())).thenComparing(Link::type).thenComparing(Link::id))
                .toList();

        Graph<UUID, Link> directed = new DirectedMultigraph<>(Link.class);
        Graph<UUID, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);
        for (Node node : actors) {
            directed.addVertex(node.id());
            undirected.addVertex(node.id());
        }
        for (Link link : links) {
            directed.addEdge(link.source(), link.target(), link);
            undirected.addEdge(link.source(), link.target());
        }
        // JGraphT counts each unordered pair once on an undirected graph; the share of the (n-1)(n-2)/2 pairs
        double pairs = (actors.size() - 1) * (actors.size() - 2) / 2.0;
        Map<UUID, Double> betweenness = new LinkedHashMap<>();
        if (pairs > 0) {
            new BetweennessCentrality<>(undirected, false).getScores()
                    .forEach((id, score) -> betweenness.put(id, score / pairs));
        }
        Set<UUID> bridges = new HashSet<>(actors.stream()
                .filter(node -> betweenness.getOrDefault(node.id(), 0.0) > 0)
                .sorted(Comparator.comparing((Node node) -> -betweenness.get(node.id())).thenComparing(BY_NAME))
                .limit(BRIDGES).map(Node::id).toList());
        Map<UUID, Metrics> metrics = new LinkedHashMap<>();
        for (Node node : actors) {
            double score = betweenness.getOrDefault(node.id(), 0.0);
            metrics.put(node.id(), new Metrics(directed.inDegreeOf(node.id()), directed.outDegreeOf(node.id()),
                    Double.isNaN(score) ? 0 : score, bridges.contains(node.id())));
        }
        int components = new ConnectivityInspector<>(undirected).connectedSets().size();
        return new NetworkGraph(actors, links, metrics, components);
    }

    public Metrics metrics(UUID actor) {
        return metrics.get(actor);
    }

    /** The actors in the order of the drawing: by sector, then by name, so neighbours in a sector start together. */
    public List<Node> bySector() {
        List<Node> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparing((Node node) -> node.sector() == null ? Integer.MAX_VALUE : node.sector().ordinal())
                .thenComparing(BY_NAME));
        return sorted;
    }

    private static String name(LocalizedText name) {
        String fi = name == null ? null : name.getFi();
        return fi == null ? "" : fi;
    }
}
