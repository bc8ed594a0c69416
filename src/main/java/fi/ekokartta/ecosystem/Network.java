package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.taxonomy.TargetGroup;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Verkosto: the actors and their relationships as a network ({@link NetworkGraph}) on a chosen
 * day. Only active actors take part. An actor serves a client group when one of its published
 * services or one of its role assignments names that group; the client group filter keeps those
 * actors (the same rule for every actor, whether or not it has services).
 */
@Service
@Transactional(readOnly = true)
public class Network {

    /** A choice of a filter: what goes into the address, and its name. */
    public record Option(String value, LocalizedText name) {
    }

    /** What the filters can offer: the municipalities and client groups the actors have, the first year with data. */
    public record Choices(List<Option> municipalities, List<Option> clientGroups, int firstYear) {
    }

    private final EntityManager entityManager;

    Network(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public LocalDate today() {
        return FinnishDates.today();
    }

    /** The network as narrowed by the filter; a client group is given by its id. */
    public NetworkGraph graph(NetworkGraph.Filter filter) {
        return NetworkGraph.of(nodes(), links(), filter);
    }

    /** The choices of the filters, from the active actors; the first year is that of the earliest relationship. */
    public Choices choices() {
        List<Actor> actors = activeActors();
        Map<String, LocalizedText> municipalities = new HashMap<>();
        actors.forEach(actor -> actor.getMunicipalities().forEach(m -> municipalities.put(m.getCode(), m.getName())));
        Set<UUID> served = new HashSet<>();
        clientGroups().values().forEach(served::addAll);
        List<Option> groups = entityManager.createQuery("select g from TargetGroup g", TargetGroup.class).getResultList()
                .stream().filter(group -> served.contains(group.getId()))
                .map(group -> new Option(group.getCode() == null ? group.getId().toString() : group.getCode(), group.getName()))
                .sorted(Comparator.comparing(option -> String.valueOf(option.name().getFi()))).toList();
        List<Option> places = municipalities.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(option -> String.valueOf(option.name().getFi()))).toList();
        LocalDate first = entityManager.createQuery("select min(r.validFrom) from ActorRelationship r", LocalDate.class)
                .getSingleResult();
        int thisYear = today().getYear();
        return new Choices(places, groups, first == null ? thisYear : Math.min(first.getYear(), thisYear));
    }

    /** The id of the client group of the code (or id) in an address, if there is one. */
    public UUID clientGroup(String codeOrId) {
        if (codeOrId == null || codeOrId.isBlank()) {
            return null;
        }
        return entityManager.createQuery("select g from TargetGroup g", TargetGroup.class).getResultList().stream()
                .filter(group -> codeOrId.equals(group.getCode()) || codeOrId.equals(group.getId().toString()))
                .map(TargetGroup::getId).findFirst().orElse(null);
    }

    private List<Actor> activeActors() {
        return entityManager.createQuery("""
                        select distinct a from Actor a left join fetch a.municipalities where a.status = :status""", Actor.class)
                .setParameter("status", ActorStatus.ACTIVE).getResultList();
    }

    private List<NetworkGraph.Node> nodes() {
        Map<UUID, Set<UUID>> groups = clientGroups();
        return activeActors().stream().map(actor -> new NetworkGraph.Node(actor.getId(), actor.getName(), actor.getSector(),
                actor.getMunicipalities().stream().map(Municipality::getCode).collect(Collectors.toCollection(LinkedHashSet::new)),
                groups.getOrDefault(actor.getId(), Set.of()))).toList();
    }

    private List<NetworkGraph.Link> links() {
        return entityManager.createQuery("select r from ActorRelationship r", ActorRelationship.class).getResultList().stream()
                .map(r -> new NetworkGraph.Link(r.getId(), r.getSource().getId(), r.getTarget().getId(), r.getType(),
                        r.getDescription(), r.getValidFrom(), r.getValidTo())).toList();
    }

    /** The client groups each actor serves: those of its published services and of its role assignments. */
    private Map<UUID, Set<UUID>> clientGroups() {
        Map<UUID, Set<UUID>> served = new HashMap<>();
        entityManager.createQuery("""
                        select o.provider.id, g.id from Offering o join o.targetGroups g where o.status = :status""", Object[].class)
                .setParameter("status", OfferingStatus.PUBLISHED).getResultList()
                .forEach(row -> served.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]));
        entityManager.createQuery("select a.actor.id, g.id from RoleAssignment a join a.targetGroups g", Object[].class)
                .getResultList().forEach(row -> served.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]));
        return served;
    }
}
