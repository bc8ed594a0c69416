package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.stewardship.EditingRights;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public reading of the ecosystem's roles (/roolit): the catalogue, a role's assignments,
 * and the "who does what for whom" matrix with its gaps. Only active actors are shown. An
 * assignment that names no municipalities covers the municipalities of its actor.
 */
@Service
@Transactional(readOnly = true)
public class RoleCatalog {

    /** A thing chosen or shown by its id and name: a role, a client group, an actor. */
    public record Named(UUID id, LocalizedText name) {
    }

    /** A municipality by its code and name. */
    public record Place(String code, LocalizedText name) {
    }

    public record RoleSummary(UUID id, LocalizedText name, LocalizedText description, long actorCount) {
    }

    /**
     * One actor's holding of a role. The contact is null when the data has none; {@code editable}
     * says whether the current user may change or remove it.
     */
    public record AssignmentLine(UUID id, long version, Named actor, List<Named> targetGroups, List<Place> municipalities,
                                 LocalizedText responsibilities, ContactDetails contact, boolean editable) {

        public Set<UUID> targetGroupIds() {
            return targetGroups.stream().map(Named::id).collect(Collectors.toSet());
        }

        public Set<String> municipalityCodes() {
            return municipalities.stream().map(Place::code).collect(Collectors.toSet());
        }
    }

    public record RolePage(UUID id, long version, LocalizedText name, LocalizedText description,
                           List<AssignmentLine> assignments) {
    }

    /** A row of the matrix: an actor and, by client group id, the roles it holds for that group. */
    public record MatrixRow(Named actor, Map<UUID, List<Named>> roles) {

        public List<Named> rolesFor(UUID targetGroupId) {
            return roles.getOrDefault(targetGroupId, List.of());
        }
    }

    /** The client groups no assignment covers in a municipality. */
    public record Gap(Place municipality, List<Named> uncovered) {
    }

    public record Matrix(List<Named> targetGroups, List<MatrixRow> rows, List<Gap> gaps) {
    }

    private final RoleRepository roles;
    private final RoleAssignmentRepository assignments;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final EditingRights rights;

    RoleCatalog(RoleRepository roles, RoleAssignmentRepository assignments, TargetGroupRepository targetGroups,
                MunicipalityRepository municipalities, EditingRights rights) {
        this.roles = roles;
        this.assignments = assignments;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.rights = rights;
    }

    /** Every role with the number of active actors holding it, by Finnish name. */
    public List<RoleSummary> roles() {
        Map<UUID, Set<UUID>> holders = new LinkedHashMap<>();
        for (RoleAssignment assignment : activeAssignments()) {
            holders.computeIfAbsent(assignment.getRole().getId(), id -> new java.util.HashSet<>())
                    .add(assignment.getActor().getId());
        }
        return roles.findAllByName().stream().map(role -> new RoleSummary(role.getId(), role.getName(),
                role.getDescription(), holders.getOrDefault(role.getId(), Set.of()).size())).toList();
    }

    public Optional<RolePage> role(UUID id) {
        return roles.findById(id).map(role -> new RolePage(role.getId(), version(role.getVersion()), role.getName(),
                role.getDescription(), assignments.findByRole(id).stream().filter(a -> a.getActor().isActive())
                .map(this::line).toList()));
    }

    private AssignmentLine line(RoleAssignment assignment) {
        ContactDetails contact = assignment.getContact();
        boolean hasContact = contact != null && (present(contact.getName()) || present(contact.getTitle())
                || present(contact.getEmail()) || present(contact.getPhone()));
        return new AssignmentLine(assignment.getId(), version(assignment.getVersion()),
                new Named(assignment.getActor().getId(), assignment.getActor().getName()),
                assignment.getTargetGroups().stream().map(g -> new Named(g.getId(), g.getName()))
                        .sorted(Comparator.comparing(n -> Objects.toString(n.name().getFi(), ""))).toList(),
                assignment.getMunicipalities().stream().map(RoleCatalog::place)
                        .sorted(Comparator.comparing(Place::code)).toList(),
                assignment.getResponsibilities(), hasContact ? contact : null,
                rights.keepsCurrent(assignment.getActor()));
    }

    /**
     * The matrix of active actors' roles by client group, limited to actors of the sector and to
     * assignments covering the municipality (either may be null: all). The gaps are of the chosen
     * municipality, or of each municipality of the employment area, over all actors.
     */
    public Matrix matrix(ActorSector sector, String municipalityCode) {
        List<Named> groups = targetGroupChoices();
        List<RoleAssignment> all = activeAssignments();
        Map<UUID, Named> actorNames = new LinkedHashMap<>();
        Map<UUID, Map<UUID, List<Named>>> cells = new LinkedHashMap<>();
        for (RoleAssignment assignment : all) {
            Actor actor = assignment.getActor();
            if ((sector != null && actor.getSector() != sector)
                    || (municipalityCode != null && !covers(assignment, municipalityCode))) {
                continue;
            }
            actorNames.putIfAbsent(actor.getId(), new Named(actor.getId(), actor.getName()));
            Map<UUID, List<Named>> row = cells.computeIfAbsent(actor.getId(), id -> new LinkedHashMap<>());
            Named role = new Named(assignment.getRole().getId(), assignment.getRole().getName());
            for (TargetGroup group : assignment.getTargetGroups()) {
                List<Named> inCell = row.computeIfAbsent(group.getId(), id -> new ArrayList<>());
                if (!inCell.contains(role)) {
                    inCell.add(role);
                }
            }
        }
        List<MatrixRow> rows = actorNames.values().stream()
                .sorted(Comparator.comparing(n -> Objects.toString(n.name().getFi(), "")))
                .map(actor -> new MatrixRow(actor, cells.get(actor.id()))).toList();
        List<Place> places = municipalityCode != null
                ? municipalities.findById(municipalityCode).map(RoleCatalog::place).stream().toList()
                : municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                        .filter(Municipality::isInEmploymentArea).map(RoleCatalog::place).toList();
        List<Gap> gaps = places.stream().map(place -> new Gap(place, groups.stream()
                .filter(group -> all.stream().noneMatch(a -> covers(a, place.code())
                        && a.getTargetGroups().stream().anyMatch(g -> g.getId().equals(group.id()))))
                .toList())).toList();
        return new Matrix(groups, rows, gaps);
    }

    /** The client groups, by Finnish name. */
    public List<Named> targetGroupChoices() {
        return targetGroups.findAll(Sort.by("name.fi")).stream().map(g -> new Named(g.getId(), g.getName())).toList();
    }

    /** The municipalities, the employment area's first. */
    public List<Place> municipalityChoices() {
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream().map(RoleCatalog::place).toList();
    }

    /**
     * The municipalities to filter the matrix by: those of the employment area and any other an
     * assignment names, the employment area's first.
     */
    public List<Place> filterMunicipalities() {
        Set<String> named = activeAssignments().stream().flatMap(a -> a.getMunicipalities().stream())
                .map(Municipality::getCode).collect(Collectors.toSet());
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                .filter(m -> m.isInEmploymentArea() || named.contains(m.getCode())).map(RoleCatalog::place).toList();
    }

    static boolean covers(RoleAssignment assignment, String municipalityCode) {
        Set<Municipality> where = assignment.getMunicipalities().isEmpty()
                ? assignment.getActor().getMunicipalities() : assignment.getMunicipalities();
        return where.stream().anyMatch(m -> m.getCode().equals(municipalityCode));
    }

    private List<RoleAssignment> activeAssignments() {
        return assignments.findAllWithRoleAndActor().stream().filter(a -> a.getActor().isActive()).toList();
    }

    static Place place(Municipality municipality) {
        return new Place(municipality.getCode(), municipality.getName());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static long version(Long version) {
        return version == null ? 0 : version;
    }
}
