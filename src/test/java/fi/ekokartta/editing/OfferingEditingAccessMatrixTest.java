package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.editing.ActorEditing;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserAdministration;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Orphans;
import fi.ekokartta.base.export.ExportFormat;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.stewardship.ManagedService;
import fi.ekokartta.stewardship.ManagedServiceFilter;
import fi.ekokartta.stewardship.ManagedServiceListService;
import fi.ekokartta.stewardship.ManagedServiceSort;
import fi.ekokartta.stewardship.Reassurance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.named;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may do what to which service, every cell asserted both ways: an allowed operation succeeds,
 * a refused one throws AccessDeniedException (views: the service or its staff-only part is not
 * shown) and leaves the service as it was. The objects are seen from maintainer A: "own" is kept
 * current by organization A, "other" by organization B, "unassigned" by no one (its provider C has
 * no maintainer). Publishing depends on the responsible organization's approval setting, so it has
 * two rows.
 */
@ExtendWith(OutputCaptureExtension.class)
class OfferingEditingAccessMatrixTest extends AbstractAppTest {

    enum Role { ANONYMOUS, COUNSELLOR, MAINTAINER_A, MAINTAINER_B, COORDINATOR, ADMIN }

    /**
     * PUBLISH is a draft of an organization that does not require approval; PUBLISH_APPROVAL_REQUIRED
     * a service in review of one that does; SET_APPROVAL_REQUIRED turns that setting on for the
     * organization itself. EXPORT is the management list's export: allowed when the file holds
     * the service (refused: AccessDeniedException, or the service is not in it). MANAGE_USERS is
     * changing a user of the organization (unassigned: a user of no organization). REASSURE is
     * "Tiedot ovat ajan tasalla", alone and in the lists' bulk step (a refused one leaves the
     * assured date as it was); READ_HISTORY the editor's "Historia" (the whole history, a page of
     * it and its re-assurances); RESTORE_VERSION restoring the first version of a renamed service.
     * ASSIGN_KEEPER names a user who may keep the service (own: maintainer A, other: maintainer B,
     * unassigned: the coordinator), so only the permission decides (a refused one stores no
     * keeper); READ_KEEPER_CANDIDATES is the editor's list of them. ACKNOWLEDGE_HANDOVER
     * acknowledges a handover of the service, SET_STAND_INS sets the stand-ins of the keeping
     * organization and LIST_ORPHANS lists the orphans: the coordinators' alone.
     */
    enum Operation {
        VIEW_PUBLIC, VIEW_STAFF_ONLY, CREATE, EDIT, PUBLISH, PUBLISH_APPROVAL_REQUIRED, ARCHIVE, RESTORE,
        ASSIGN_RESPONSIBILITY, SET_APPROVAL_REQUIRED, EXPORT, MANAGE_USERS, REASSURE, READ_HISTORY, RESTORE_VERSION,
        ASSIGN_KEEPER, READ_KEEPER_CANDIDATES, ACKNOWLEDGE_HANDOVER, SET_STAND_INS, LIST_ORPHANS
    }

    private static final java.time.LocalDate LONG_AGO = java.time.LocalDate.of(2023, 5, 2);

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private ActorEditing actorEditing;
    @Autowired
    private ManagedServiceListService managedList;
    @Autowired
    private UserAdministration administration;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private ServicePageService servicePages;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OfferingHistory history;
    @Autowired
    private Reassurance reassurance;
    @Autowired
    private EntryKeepers entryKeepers;
    @Autowired
    private Handovers handovers;
    @Autowired
    private Orphans orphans;

    private String unique;
    private Actor organizationA;
    private Actor organizationB;
    private Actor providerC;

    @BeforeEach
    void organizationsAndAccounts() {
        unique = EntryFixture.unique();
        organizationA = entries().actor("Järjestö A " + unique);
        organizationB = entries().actor("Järjestö B " + unique);
        providerC = entries().actor("Tuottaja C " + unique);
        saveUser(username(Role.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Role.MAINTAINER_A), UserRole.MAINTAINER, organizationA);
        saveUser(username(Role.MAINTAINER_B), UserRole.MAINTAINER, organizationB);
        saveUser(username(Role.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Role.ADMIN), UserRole.ADMIN);
    }

    @ParameterizedTest(name = "{0} {1}: own {2}, other {3}, unassigned {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # role       | operation                 | own | other | unassigned
            ANONYMOUS    | VIEW_PUBLIC               | yes | yes   | yes
            ANONYMOUS    | VIEW_STAFF_ONLY           | no  | no    | no
            ANONYMOUS    | CREATE                    | no  | no    | no
            ANONYMOUS    | EDIT                      | no  | no    | no
            ANONYMOUS    | PUBLISH                   | no  | no    | no
            ANONYMOUS    | PUBLISH_APPROVAL_REQUIRED | no  | no    | no
            ANONYMOUS    | ARCHIVE                   | no  | no    | no
            ANONYMOUS    | RESTORE                   | no  | no    | no
            ANONYMOUS    | ASSIGN_RESPONSIBILITY     | no  | no    | no
            ANONYMOUS    | SET_APPROVAL_REQUIRED     | no  | no    | no
            ANONYMOUS    | EXPORT                    | no  | no    | no
            ANONYMOUS    | MANAGE_USERS              | no  | no    | no
            ANONYMOUS    | REASSURE                  | no  | no    | no
            ANONYMOUS    | READ_HISTORY              | no  | no    | no
            ANONYMOUS    | RESTORE_VERSION           | no  | no    | no
            ANONYMOUS    | ASSIGN_KEEPER             | no  | no    | no
            ANONYMOUS    | READ_KEEPER_CANDIDATES    | no  | no    | no
            ANONYMOUS    | ACKNOWLEDGE_HANDOVER      | no  | no    | no
            ANONYMOUS    | SET_STAND_INS             | no  | no    | no
            ANONYMOUS    | LIST_ORPHANS              | no  | no    | no
            COUNSELLOR   | VIEW_PUBLIC               | yes | yes   | yes
            COUNSELLOR   | VIEW_STAFF_ONLY           | yes | yes   | yes
            COUNSELLOR   | CREATE                    | no  | no    | no
            COUNSELLOR   | EDIT                      | no  | no    | no
            COUNSELLOR   | PUBLISH                   | no  | no    | no
            COUNSELLOR   | PUBLISH_APPROVAL_REQUIRED | no  | no    | no
            COUNSELLOR   | ARCHIVE                   | no  | no    | no
            COUNSELLOR   | RESTORE                   | no  | no    | no
            COUNSELLOR   | ASSIGN_RESPONSIBILITY     | no  | no    | no
            COUNSELLOR   | SET_APPROVAL_REQUIRED     | no  | no    | no
            COUNSELLOR   | EXPORT                    | no  | no    | no
            COUNSELLOR   | MANAGE_USERS              | no  | no    | no
            COUNSELLOR   | REASSURE                  | no  | no    | no
            COUNSELLOR   | READ_HISTORY              | no  | no    | no
            COUNSELLOR   | RESTORE_VERSION           | no  | no    | no
            COUNSELLOR   | ASSIGN_KEEPER             | no  | no    | no
            COUNSELLOR   | READ_KEEPER_CANDIDATES    | no  | no    | no
            COUNSELLOR   | ACKNOWLEDGE_HANDOVER      | no  | no    | no
            COUNSELLOR   | SET_STAND_INS             | no  | no    | no
            COUNSELLOR   | LIST_ORPHANS              | no  | no    | no
            MAINTAINER_A | VIEW_PUBLIC               | yes | yes   | yes
            MAINTAINER_A | VIEW_STAFF_ONLY           | yes | yes   | yes
            MAINTAINER_A | CREATE                    | yes | no    | no
            MAINTAINER_A | EDIT                      | yes | no    | no
            MAINTAINER_A | PUBLISH                   | yes | no    | no
            MAINTAINER_A | PUBLISH_APPROVAL_REQUIRED | no  | no    | no
            MAINTAINER_A | ARCHIVE                   | yes | no    | no
            MAINTAINER_A | RESTORE                   | yes | no    | no
            MAINTAINER_A | ASSIGN_RESPONSIBILITY     | no  | no    | no
            MAINTAINER_A | SET_APPROVAL_REQUIRED     | no  | no    | no
            MAINTAINER_A | EXPORT                    | yes | no    | no
            MAINTAINER_A | MANAGE_USERS              | no  | no    | no
            MAINTAINER_A | REASSURE                  | yes | no    | no
            MAINTAINER_A | READ_HISTORY              | yes | no    | no
            MAINTAINER_A | RESTORE_VERSION           | yes | no    | no
            MAINTAINER_A | ASSIGN_KEEPER             | yes | no    | no
            MAINTAINER_A | READ_KEEPER_CANDIDATES    | yes | no    | no
            MAINTAINER_A | ACKNOWLEDGE_HANDOVER      | no  | no    | no
            MAINTAINER_A | SET_STAND_INS             | no  | no    | no
            MAINTAINER_A | LIST_ORPHANS              | no  | no    | no
            MAINTAINER_B | VIEW_PUBLIC               | yes | yes   | yes
            MAINTAINER_B | VIEW_STAFF_ONLY           | yes | yes   | yes
            MAINTAINER_B | CREATE                    | no  | yes   | no
            MAINTAINER_B | EDIT                      | no  | yes   | no
            MAINTAINER_B | PUBLISH                   | no  | yes   | no
            MAINTAINER_B | PUBLISH_APPROVAL_REQUIRED | no  | no    | no
            MAINTAINER_B | ARCHIVE                   | no  | yes   | no
            MAINTAINER_B | RESTORE                   | no  | yes   | no
            MAINTAINER_B | ASSIGN_RESPONSIBILITY     | no  | no    | no
            MAINTAINER_B | SET_APPROVAL_REQUIRED     | no  | no    | no
            MAINTAINER_B | EXPORT                    | no  | yes   | no
            MAINTAINER_B | MANAGE_USERS              | no  | no    | no
            MAINTAINER_B | REASSURE                  | no  | yes   | no
            MAINTAINER_B | READ_HISTORY              | no  | yes   | no
            MAINTAINER_B | RESTORE_VERSION           | no  | yes   | no
            MAINTAINER_B | ASSIGN_KEEPER             | no  | yes   | no
            MAINTAINER_B | READ_KEEPER_CANDIDATES    | no  | yes   | no
            MAINTAINER_B | ACKNOWLEDGE_HANDOVER      | no  | no    | no
            MAINTAINER_B | SET_STAND_INS             | no  | no    | no
            MAINTAINER_B | LIST_ORPHANS              | no  | no    | no
            COORDINATOR  | VIEW_PUBLIC               | yes | yes   | yes
            COORDINATOR  | VIEW_STAFF_ONLY           | yes | yes   | yes
            COORDINATOR  | CREATE                    | yes | yes   | yes
            COORDINATOR  | EDIT                      | yes | yes   | yes
            COORDINATOR  | PUBLISH                   | yes | yes   | yes
            COORDINATOR  | PUBLISH_APPROVAL_REQUIRED | yes | yes   | yes
            COORDINATOR  | ARCHIVE                   | yes | yes   | yes
            COORDINATOR  | RESTORE                   | yes | yes   | yes
            COORDINATOR  | ASSIGN_RESPONSIBILITY     | yes | yes   | yes
            COORDINATOR  | SET_APPROVAL_REQUIRED     | yes | yes   | yes
            COORDINATOR  | EXPORT                    | yes | yes   | yes
            COORDINATOR  | MANAGE_USERS              | no  | no    | no
            COORDINATOR  | REASSURE                  | yes | yes   | yes
            COORDINATOR  | READ_HISTORY              | yes | yes   | yes
            COORDINATOR  | RESTORE_VERSION           | yes | yes   | yes
            COORDINATOR  | ASSIGN_KEEPER             | yes | yes   | yes
            COORDINATOR  | READ_KEEPER_CANDIDATES    | yes | yes   | yes
            COORDINATOR  | ACKNOWLEDGE_HANDOVER      | yes | yes   | yes
            COORDINATOR  | SET_STAND_INS             | yes | yes   | yes
            COORDINATOR  | LIST_ORPHANS              | yes | yes   | yes
            ADMIN        | VIEW_PUBLIC               | yes | yes   | yes
            ADMIN        | VIEW_STAFF_ONLY           | yes | yes   | yes
            ADMIN        | CREATE                    | no  | no    | no
            ADMIN        | EDIT                      | no  | no    | no
            ADMIN        | PUBLISH                   | no  | no    | no
            ADMIN        | PUBLISH_APPROVAL_REQUIRED | no  | no    | no
            ADMIN        | ARCHIVE                   | no  | no    | no
            ADMIN        | RESTORE                   | no  | no    | no
            ADMIN        | ASSIGN_RESPONSIBILITY     | no  | no    | no
            ADMIN        | SET_APPROVAL_REQUIRED     | no  | no    | no
            ADMIN        | EXPORT                    | yes | yes   | yes
            ADMIN        | MANAGE_USERS              | yes | yes   | yes
            ADMIN        | REASSURE                  | no  | no    | no
            ADMIN        | READ_HISTORY              | no  | no    | no
            ADMIN        | RESTORE_VERSION           | no  | no    | no
            ADMIN        | ASSIGN_KEEPER             | no  | no    | no
            ADMIN        | READ_KEEPER_CANDIDATES    | no  | no    | no
            ADMIN        | ACKNOWLEDGE_HANDOVER      | no  | no    | no
            ADMIN        | SET_STAND_INS             | no  | no    | no
            ADMIN        | LIST_ORPHANS              | no  | no    | no
            """)
    void role_may_do_operation_on_service(Role role, Operation operation, String own, String other, String unassigned) {
        Map<String, Actor> objects = Map.of("own", organizationA, "other", organizationB, "unassigned", providerC);
        List<String> wrong = new ArrayList<>();
        for (var cell : List.of(Map.entry("own", own), Map.entry("other", other), Map.entry("unassigned", unassigned))) {
            Actor keeper = objects.get(cell.getKey());
            Offering service = serviceFor(operation, keeper, cell.getKey().equals("unassigned"));
            signIn(role == Role.ANONYMOUS ? null : username(role), userRole(role));
            boolean allowed = attempt(operation, service, keeper);
            signIn(null, null);
            if (allowed != cell.getValue().equals("yes")) {
                wrong.add(cell.getKey() + ": " + (allowed ? "allowed" : "refused"));
            }
            if (!allowed && operation != Operation.CREATE) {
                assertEquals(service.getVersion(), offerings.findById(service.getId()).orElseThrow().getVersion(),
                        "a refused " + operation + " changed the service");
            }
            if (!allowed && operation == Operation.ASSIGN_KEEPER) {
                assertEquals(0L, jdbc.queryForObject("select count(*) from entry_keeper where service_id = ?", Long.class,
                        service.getId()), "a refused keeper assignment stored a keeper");
            }
            if (!allowed && operation == Operation.REASSURE) {
                assertEquals(LONG_AGO, jdbc.queryForObject("select assured_date from offering where id = ?",
                        java.time.LocalDate.class, service.getId()), "a refused re-assurance changed the assured date");
            }
        }
        assertThat(wrong).as(role + " " + operation).isEmpty();
    }

    @Test
    void approval_required_above_a_unit_holds_its_maintainer_to_review_and_a_coordinator_publishes() {
        organizationA.setApprovalRequired(true);
        organizationA = actors.save(organizationA);
        Actor unit = entries().actor("Yksikkö " + unique);
        unit.setParent(organizationA);
        actors.save(unit);
        Offering draft = entries().offering("Yksikön luonnos " + unique, unit, OfferingStatus.DRAFT, offering -> { });
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);

        assertThrows(AccessDeniedException.class, () -> editing.publish(draft.getId(), draft.getVersion()));
        long inReview = editing.submitForReview(draft.getId(), draft.getVersion());
        assertThrows(AccessDeniedException.class, () -> editing.publish(draft.getId(), inReview));

        signIn(username(Role.COORDINATOR), UserRole.COORDINATOR);
        editing.publish(draft.getId(), inReview);
        assertEquals(OfferingStatus.PUBLISHED, offerings.findById(draft.getId()).orElseThrow().getStatus());
    }

    @Test
    void without_approval_a_maintainer_publishes_her_draft_and_a_coordinator_can_turn_approval_on_and_off() {
        Offering first = entries().offering("Ensimmäinen " + unique, organizationA, OfferingStatus.DRAFT, offering -> { });
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);
        editing.publish(first.getId(), first.getVersion());
        assertEquals(OfferingStatus.PUBLISHED, offerings.findById(first.getId()).orElseThrow().getStatus());

        signIn(username(Role.COORDINATOR), UserRole.COORDINATOR);
        long version = actorEditing.setApprovalRequired(organizationA.getId(), organizationA.getVersion(), true);
        assertThat(actors.findById(organizationA.getId()).orElseThrow().isApprovalRequired()).isTrue();
        assertThrows(ConflictException.class, () -> actorEditing.setApprovalRequired(organizationA.getId(), organizationA.getVersion(), false));

        Offering second = entries().offering("Toinen " + unique, organizationA, OfferingStatus.DRAFT, offering -> { });
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);
        assertThrows(AccessDeniedException.class, () -> editing.publish(second.getId(), second.getVersion()));
        assertThrows(AccessDeniedException.class, () -> actorEditing.setApprovalRequired(organizationA.getId(), version, false));

        signIn(username(Role.COORDINATOR), UserRole.COORDINATOR);
        actorEditing.setApprovalRequired(organizationA.getId(), version, false);
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);
        editing.publish(second.getId(), second.getVersion());
        assertEquals(OfferingStatus.PUBLISHED, offerings.findById(second.getId()).orElseThrow().getStatus());
    }

    @Test
    void maintainer_of_an_organization_edits_the_services_of_its_units() {
        Actor unit = entries().actor("Työllisyyspalvelut, yksikkö " + unique);
        unit.setParent(organizationA);
        actors.save(unit);
        Offering service = entries().offering("Yksikön palvelu " + unique, unit, OfferingStatus.PUBLISHED, offering -> { });
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);

        long version = editing.update(service.getId(), service.getVersion(), renamed(service));

        assertThat(version).isGreaterThan(service.getVersion());
    }

    @Test
    void a_refusal_is_logged_with_who_what_and_which_entry_without_contact_details(CapturedOutput output) {
        Offering service = entries().offering("Toisen palvelu " + unique, organizationB, OfferingStatus.PUBLISHED,
                offering -> offering.getResponsibility().setResponsiblePerson("Salainen Yhteyshenkilö"));
        signIn(username(Role.MAINTAINER_A), UserRole.MAINTAINER);

        assertThrows(AccessDeniedException.class, () -> editing.update(service.getId(), service.getVersion(), renamed(service)));

        assertThat(output.getOut()).contains("Refused: edit of entry " + service.getId() + " by " + username(Role.MAINTAINER_A))
                .doesNotContain("Salainen Yhteyshenkilö");
    }

    /** A service in the state the operation starts from, kept current by the keeper (or by no one). */
    private Offering serviceFor(Operation operation, Actor keeper, boolean unassigned) {
        if (operation == Operation.PUBLISH_APPROVAL_REQUIRED) {
            keeper.setApprovalRequired(true);
            actors.save(keeper);
        }
        OfferingStatus status = switch (operation) {
            case PUBLISH -> OfferingStatus.DRAFT;
            case PUBLISH_APPROVAL_REQUIRED -> OfferingStatus.IN_REVIEW;
            case RESTORE -> OfferingStatus.ARCHIVED;
            default -> OfferingStatus.PUBLISHED;
        };
        Consumer<Offering> details = unassigned ? offering -> offering.getResponsibility().setResponsibleActor(null) : offering -> { };
        Offering service = entries().offering("Palvelu " + operation + " " + EntryFixture.unique(), keeper, status,
                details.andThen(offering -> offering.setAssuredDate(LONG_AGO)));
        if (operation != Operation.RESTORE_VERSION) {
            return service;
        }
        // A second version with another name, so the first differs from the content now.
        signIn(username(Role.COORDINATOR), UserRole.COORDINATOR);
        editing.update(service.getId(), service.getVersion(), renamed(service));
        signIn(null, null);
        return offerings.findById(service.getId()).orElseThrow();
    }

    private boolean attempt(Operation operation, Offering service, Actor keeper) {
        try {
            switch (operation) {
                case VIEW_PUBLIC -> {
                    return servicePages.find(service.getId()).isPresent();
                }
                case VIEW_STAFF_ONLY -> {
                    return servicePages.find(service.getId()).map(page -> page.staff() != null).orElse(false);
                }
                case CREATE -> {
                    OfferingEditing.Editable draft = editing.createDraft(keeper.getId(), content("Uusi " + EntryFixture.unique()));
                    deleteAfterTest(() -> offerings.deleteById(draft.id()));
                }
                case EDIT -> editing.update(service.getId(), service.getVersion(), renamed(service));
                case PUBLISH, PUBLISH_APPROVAL_REQUIRED -> editing.publish(service.getId(), service.getVersion());
                case ARCHIVE -> editing.archive(service.getId(), service.getVersion());
                case RESTORE -> editing.restore(service.getId(), service.getVersion());
                case ASSIGN_RESPONSIBILITY -> editing.assignResponsibility(service.getId(), service.getVersion(), organizationB.getId());
                case EXPORT -> {
                    byte[] file = managedList.export(new ManagedServiceFilter(service.getName().getFi(), false, null, null,
                                    null, null, false, false), ManagedServiceSort.NAME, false, Locale.of("fi", "FI"),
                            ExportFormat.CSV, List.of(new ListExport.Column<>("id", ManagedService::id)), "palvelut");
                    return new String(file, StandardCharsets.UTF_8).contains(service.getId().toString());
                }
                case MANAGE_USERS -> {
                    String username = "kohde-" + EntryFixture.unique();
                    boolean unassigned = keeper.equals(providerC);
                    if (unassigned) {
                        saveUser(username, UserRole.COUNSELLOR);
                    } else {
                        saveUser(username, UserRole.COUNSELLOR, keeper);
                    }
                    UUID id = users.findByUsername(username).orElseThrow().getId();
                    administration.update(id, new UserAdministration.UserForm(username, "Muutettu Nimi", null,
                            UserRole.COUNSELLOR, unassigned ? Set.of() : Set.of(keeper.getId())));
                    administration.users();
                }
                case REASSURE -> {
                    boolean alone = refusedOrDone(() -> reassurance.reassureService(service.getId()));
                    boolean inBulk = refusedOrDone(() -> reassurance.reassureAll(EntryKind.SERVICE, List.of(service.getId())));
                    assertEquals(alone, inBulk, "re-assuring alone and in bulk agree");
                    return alone;
                }
                case READ_HISTORY -> {
                    boolean whole = refusedOrDone(() -> history.of(service.getId(), Locale.ROOT));
                    boolean page = refusedOrDone(() -> history.page(service.getId(), Locale.ROOT, Long.MAX_VALUE, 20));
                    boolean assured = refusedOrDone(() -> reassurance.history(EntryKind.SERVICE, service.getId(), null, 20));
                    assertEquals(whole, page, "the whole history and a page of it agree");
                    assertEquals(whole, assured, "the versions and the re-assurances agree");
                    return whole;
                }
                case RESTORE_VERSION -> {
                    long first = jdbc.queryForObject("select min(rev) from offering_aud where id = ?", Long.class, service.getId());
                    history.restore(service.getId(), first, service.getVersion());
                }
                case ASSIGN_KEEPER -> {
                    Role keeping = keeper.equals(organizationA) ? Role.MAINTAINER_A
                            : keeper.equals(organizationB) ? Role.MAINTAINER_B : Role.COORDINATOR;
                    UUID user = users.findByUsername(username(keeping)).orElseThrow().getId();
                    boolean may = entryKeepers.mayAssignKeeper(EntryKind.SERVICE, service.getId());
                    boolean done = refusedOrDone(() -> handovers.assignKeeper(EntryKind.SERVICE, service.getId(), user));
                    assertEquals(may, done, "mayAssignKeeper tells the editor what assignKeeper allows");
                    return done;
                }
                case READ_KEEPER_CANDIDATES -> {
                    boolean candidates = refusedOrDone(() -> entryKeepers.keeperCandidates(EntryKind.SERVICE, service.getId()));
                    boolean current = refusedOrDone(() -> entryKeepers.keeper(EntryKind.SERVICE, service.getId()));
                    assertEquals(candidates, current, "the candidates and the present keeper agree");
                    return candidates;
                }
                case ACKNOWLEDGE_HANDOVER -> {
                    UUID handover = UUID.randomUUID();
                    jdbc.update("insert into handover (id, version, service_id, from_user_id, reason, happened_at)"
                                    + " values (?, 0, ?, ?, 'DEACTIVATED', now())", handover, service.getId(),
                            users.findByUsername(username(Role.COUNSELLOR)).orElseThrow().getId());
                    boolean done = refusedOrDone(() -> handovers.acknowledge(handover));
                    assertEquals(done, jdbc.queryForObject("select acknowledged_at is not null from handover where id = ?",
                            Boolean.class, handover), "a refused acknowledgement left the handover open");
                    return done;
                }
                case SET_STAND_INS -> handovers.setStandIns(keeper.getId(), null, null);
                case LIST_ORPHANS -> orphans.list();
                case SET_APPROVAL_REQUIRED -> {
                    Actor stored = actors.findById(keeper.getId()).orElseThrow();
                    actorEditing.setApprovalRequired(keeper.getId(), stored.getVersion(), !stored.isApprovalRequired());
                }
            }
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    /** Whether the step was done: false when it was refused. */
    private static boolean refusedOrDone(Runnable step) {
        try {
            step.run();
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    private static OfferingContent renamed(Offering service) {
        return named(OfferingContent.of(service), "Muutettu " + service.getName().getFi());
    }

    private String username(Role role) {
        return role.name().toLowerCase() + "-" + unique;
    }

    private static UserRole userRole(Role role) {
        return switch (role) {
            case ANONYMOUS -> null;
            case COUNSELLOR -> UserRole.COUNSELLOR;
            case MAINTAINER_A, MAINTAINER_B -> UserRole.MAINTAINER;
            case COORDINATOR -> UserRole.COORDINATOR;
            case ADMIN -> UserRole.ADMIN;
        };
    }
}
