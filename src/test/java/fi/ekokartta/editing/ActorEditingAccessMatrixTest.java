package fi.ekokartta.editing;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Reassurance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may do what to which actor, every cell asserted both ways: an allowed operation succeeds, a
 * refused one throws AccessDeniedException and leaves the actor as it was (its version, its
 * review date, its keeper). Seen from maintainer A: "own" is a unit under organization A, "other"
 * a unit under organization B, "unassigned" an actor under C (no maintainer) with no responsible
 * organization, which is the coordinators'.
 */
class ActorEditingAccessMatrixTest extends AbstractAppTest {

    enum Role { ANONYMOUS, COUNSELLOR, MAINTAINER_A, MAINTAINER_B, COORDINATOR, ADMIN }

    /**
     * LOAD is opening the actor's editor; CREATE a new unit under the column's organization;
     * ARCHIVE an active actor and RESTORE an archived one; LIST_PARENTS the editor's choice of
     * parents (any maintainer's, whatever the actor); REASSURE "Tiedot ovat ajan tasalla", alone
     * and in the list's bulk step; READ_HISTORY the whole history, a page of it and the
     * re-assurances; RESTORE_VERSION restoring the first version of a renamed actor;
     * ASSIGN_KEEPER names a user who may keep the actor (own: maintainer A, other: maintainer B,
     * unassigned: the coordinator) and READ_KEEPER_CANDIDATES lists them with the present keeper.
     */
    enum Operation {
        LOAD, CREATE, EDIT, ARCHIVE, RESTORE, SET_APPROVAL_REQUIRED, SET_REVIEW_INTERVAL, LIST_PARENTS, REASSURE,
        READ_HISTORY, RESTORE_VERSION, ASSIGN_KEEPER, READ_KEEPER_CANDIDATES
    }

    private static final LocalDate LONG_AGO = LocalDate.of(2023, 5, 2);

    @Autowired
    private ActorEditing editing;
    @Autowired
    private ActorHistory history;
    @Autowired
    private Reassurance reassurance;
    @Autowired
    private EntryKeepers entryKeepers;
    @Autowired
    private Handovers handovers;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor organizationA;
    private Actor organizationB;
    private Actor organizationC;

    @BeforeEach
    void organizationsAndAccounts() {
        unique = EntryFixture.unique();
        organizationA = entries().actor("Järjestö A " + unique);
        organizationB = entries().actor("Järjestö B " + unique);
        organizationC = entries().actor("Tuottaja C " + unique);
        saveUser(username(Role.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Role.MAINTAINER_A), UserRole.MAINTAINER, organizationA);
        saveUser(username(Role.MAINTAINER_B), UserRole.MAINTAINER, organizationB);
        saveUser(username(Role.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Role.ADMIN), UserRole.ADMIN);
    }

    @ParameterizedTest(name = "{0} {1}: own {2}, other {3}, unassigned {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # role       | operation              | own | other | unassigned
            ANONYMOUS    | LOAD                   | no  | no    | no
            ANONYMOUS    | CREATE                 | no  | no    | no
            ANONYMOUS    | EDIT                   | no  | no    | no
            ANONYMOUS    | ARCHIVE                | no  | no    | no
            ANONYMOUS    | RESTORE                | no  | no    | no
            ANONYMOUS    | SET_APPROVAL_REQUIRED  | no  | no    | no
            ANONYMOUS    | SET_REVIEW_INTERVAL    | no  | no    | no
            ANONYMOUS    | LIST_PARENTS           | no  | no    | no
            ANONYMOUS    | REASSURE               | no  | no    | no
            ANONYMOUS    | READ_HISTORY           | no  | no    | no
            ANONYMOUS    | RESTORE_VERSION        | no  | no    | no
            ANONYMOUS    | ASSIGN_KEEPER          | no  | no    | no
            ANONYMOUS    | READ_KEEPER_CANDIDATES | no  | no    | no
            COUNSELLOR   | LOAD                   | no  | no    | no
            COUNSELLOR   | CREATE                 | no  | no    | no
            COUNSELLOR   | EDIT                   | no  | no    | no
            COUNSELLOR   | ARCHIVE                | no  | no    | no
            COUNSELLOR   | RESTORE                | no  | no    | no
            COUNSELLOR   | SET_APPROVAL_REQUIRED  | no  | no    | no
            COUNSELLOR   | SET_REVIEW_INTERVAL    | no  | no    | no
            COUNSELLOR   | LIST_PARENTS           | no  | no    | no
            COUNSELLOR   | REASSURE               | no  | no    | no
            COUNSELLOR   | READ_HISTORY           | no  | no    | no
            COUNSELLOR   | RESTORE_VERSION        | no  | no    | no
            COUNSELLOR   | ASSIGN_KEEPER          | no  | no    | no
            COUNSELLOR   | READ_KEEPER_CANDIDATES | no  | no    | no
            MAINTAINER_A | LOAD                   | yes | no    | no
            MAINTAINER_A | CREATE                 | yes | no    | no
            MAINTAINER_A | EDIT                   | yes | no    | no
            MAINTAINER_A | ARCHIVE                | no  | no    | no
            MAINTAINER_A | RESTORE                | no  | no    | no
            MAINTAINER_A | SET_APPROVAL_REQUIRED  | no  | no    | no
            MAINTAINER_A | SET_REVIEW_INTERVAL    | no  | no    | no
            MAINTAINER_A | LIST_PARENTS           | yes | yes   | yes
            MAINTAINER_A | REASSURE               | yes | no    | no
            MAINTAINER_A | READ_HISTORY           | yes | no    | no
            MAINTAINER_A | RESTORE_VERSION        | yes | no    | no
            MAINTAINER_A | ASSIGN_KEEPER          | yes | no    | no
            MAINTAINER_A | READ_KEEPER_CANDIDATES | yes | no    | no
            MAINTAINER_B | LOAD                   | no  | yes   | no
            MAINTAINER_B | CREATE                 | no  | yes   | no
            MAINTAINER_B | EDIT                   | no  | yes   | no
            MAINTAINER_B | ARCHIVE                | no  | no    | no
            MAINTAINER_B | RESTORE                | no  | no    | no
            MAINTAINER_B | SET_APPROVAL_REQUIRED  | no  | no    | no
            MAINTAINER_B | SET_REVIEW_INTERVAL    | no  | no    | no
            MAINTAINER_B | LIST_PARENTS           | yes | yes   | yes
            MAINTAINER_B | REASSURE               | no  | yes   | no
            MAINTAINER_B | READ_HISTORY           | no  | yes   | no
            MAINTAINER_B | RESTORE_VERSION        | no  | yes   | no
            MAINTAINER_B | ASSIGN_KEEPER          | no  | yes   | no
            MAINTAINER_B | READ_KEEPER_CANDIDATES | no  | yes   | no
            COORDINATOR  | LOAD                   | yes | yes   | yes
            COORDINATOR  | CREATE                 | yes | yes   | yes
            COORDINATOR  | EDIT                   | yes | yes   | yes
            COORDINATOR  | ARCHIVE                | yes | yes   | yes
            COORDINATOR  | RESTORE                | yes | yes   | yes
            COORDINATOR  | SET_APPROVAL_REQUIRED  | yes | yes   | yes
            COORDINATOR  | SET_REVIEW_INTERVAL    | yes | yes   | yes
            COORDINATOR  | LIST_PARENTS           | yes | yes   | yes
            COORDINATOR  | REASSURE               | yes | yes   | yes
            COORDINATOR  | READ_HISTORY           | yes | yes   | yes
            COORDINATOR  | RESTORE_VERSION        | yes | yes   | yes
            COORDINATOR  | ASSIGN_KEEPER          | yes | yes   | yes
            COORDINATOR  | READ_KEEPER_CANDIDATES | yes | yes   | yes
            ADMIN        | LOAD                   | no  | no    | no
            ADMIN        | CREATE                 | no  | no    | no
            ADMIN        | EDIT                   | no  | no    | no
            ADMIN        | ARCHIVE                | no  | no    | no
            ADMIN        | RESTORE                | no  | no    | no
            ADMIN        | SET_APPROVAL_REQUIRED  | no  | no    | no
            ADMIN        | SET_REVIEW_INTERVAL    | no  | no    | no
            ADMIN        | LIST_PARENTS           | no  | no    | no
            ADMIN        | REASSURE               | no  | no    | no
            ADMIN        | READ_HISTORY           | no  | no    | no
            ADMIN        | RESTORE_VERSION        | no  | no    | no
            ADMIN        | ASSIGN_KEEPER          | no  | no    | no
            ADMIN        | READ_KEEPER_CANDIDATES | no  | no    | no
            """)
    void role_may_do_operation_on_actor(Role role, Operation operation, String own, String other, String unassigned) {
        Map<String, Actor> organizations = Map.of("own", organizationA, "other", organizationB, "unassigned", organizationC);
        List<String> wrong = new ArrayList<>();
        for (var cell : List.of(Map.entry("own", own), Map.entry("other", other), Map.entry("unassigned", unassigned))) {
            Actor organization = organizations.get(cell.getKey());
            Actor actor = actorFor(operation, organization, cell.getKey().equals("unassigned"));
            signIn(role == Role.ANONYMOUS ? null : username(role), userRole(role));
            boolean allowed = attempt(operation, actor, organization);
            signIn(null, null);
            if (allowed != cell.getValue().equals("yes")) {
                wrong.add(cell.getKey() + ": " + (allowed ? "allowed" : "refused"));
            }
            if (!allowed && operation != Operation.CREATE) {
                assertEquals(actor.getVersion(), actors.findById(actor.getId()).orElseThrow().getVersion(),
                        "a refused " + operation + " changed the actor");
                assertEquals(LONG_AGO, jdbc.queryForObject("select responsibility_last_reviewed from actor where id = ?",
                        LocalDate.class, actor.getId()), "a refused " + operation + " changed the review date");
                assertEquals(0L, jdbc.queryForObject("select count(*) from entry_keeper where actor_id = ?", Long.class,
                        actor.getId()), "a refused " + operation + " named a keeper");
            }
        }
        assertThat(wrong).as(role + " " + operation).isEmpty();
    }

    /** An actor under the organization in the state the operation starts from, reviewed long ago. */
    private Actor actorFor(Operation operation, Actor organization, boolean unassigned) {
        Actor actor = entries().actor("Toimija " + operation + " " + EntryFixture.unique(), a -> {
            a.setParent(organization);
            a.getResponsibility().setLastReviewed(LONG_AGO);
            if (unassigned) {
                a.getResponsibility().setResponsibleActor(null);
            }
            if (operation == Operation.RESTORE) {
                a.setStatus(ActorStatus.ARCHIVED);
            }
        });
        if (operation != Operation.RESTORE_VERSION) {
            return actor;
        }
        // A second version with another name, so the first differs from the content now.
        signIn(username(Role.COORDINATOR), UserRole.COORDINATOR);
        editing.update(actor.getId(), actor.getVersion(), renamed(actor));
        signIn(null, null);
        return actors.findById(actor.getId()).orElseThrow();
    }

    private boolean attempt(Operation operation, Actor actor, Actor organization) {
        try {
            switch (operation) {
                case LOAD -> editing.load(actor.getId());
                case CREATE -> {
                    ActorContent content = new ActorContent(LocalizedText.of("Uusi yksikkö " + EntryFixture.unique()), null,
                            new LocalizedText(), null, null, organization.getId(), null, null, null);
                    ActorEditing.Editable created = editing.create(content);
                    deleteAfterTest(() -> actors.deleteById(created.id()));
                }
                case EDIT -> editing.update(actor.getId(), actor.getVersion(), renamed(actor));
                case ARCHIVE -> editing.archive(actor.getId(), actor.getVersion());
                case RESTORE -> editing.restore(actor.getId(), actor.getVersion());
                case SET_APPROVAL_REQUIRED -> editing.setApprovalRequired(actor.getId(), actor.getVersion(), true);
                case SET_REVIEW_INTERVAL -> editing.setDefaultReviewInterval(actor.getId(), actor.getVersion(), 6);
                case LIST_PARENTS -> editing.parentChoicesFor(actor.getId());
                case REASSURE -> {
                    boolean alone = refusedOrDone(() -> reassurance.reassureActor(actor.getId()));
                    boolean inBulk = refusedOrDone(() -> reassurance.reassureAll(EntryKind.ACTOR, List.of(actor.getId())));
                    assertEquals(alone, inBulk, "re-assuring alone and in bulk agree");
                    return alone;
                }
                case READ_HISTORY -> {
                    boolean whole = refusedOrDone(() -> history.of(actor.getId(), Locale.ROOT));
                    boolean page = refusedOrDone(() -> history.page(actor.getId(), Locale.ROOT, Long.MAX_VALUE, 20));
                    boolean assured = refusedOrDone(() -> reassurance.history(EntryKind.ACTOR, actor.getId(), null, 20));
                    assertEquals(whole, page, "the whole history and a page of it agree");
                    assertEquals(whole, assured, "the versions and the re-assurances agree");
                    return whole;
                }
                case RESTORE_VERSION -> {
                    long first = jdbc.queryForObject("select min(rev) from actor_aud where id = ?", Long.class, actor.getId());
                    history.restore(actor.getId(), first, actor.getVersion());
                }
                case ASSIGN_KEEPER -> {
                    Role keeping = organization.equals(organizationA) ? Role.MAINTAINER_A
                            : organization.equals(organizationB) ? Role.MAINTAINER_B : Role.COORDINATOR;
                    UUID user = users.findByUsername(username(keeping)).orElseThrow().getId();
                    boolean may = entryKeepers.mayAssignKeeper(EntryKind.ACTOR, actor.getId());
                    boolean done = refusedOrDone(() -> handovers.assignKeeper(EntryKind.ACTOR, actor.getId(), user));
                    assertEquals(may, done, "mayAssignKeeper tells the editor what assignKeeper allows");
                    return done;
                }
                case READ_KEEPER_CANDIDATES -> {
                    boolean candidates = refusedOrDone(() -> entryKeepers.keeperCandidates(EntryKind.ACTOR, actor.getId()));
                    boolean current = refusedOrDone(() -> entryKeepers.keeper(EntryKind.ACTOR, actor.getId()));
                    assertEquals(candidates, current, "the candidates and the present keeper agree");
                    return candidates;
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

    private static ActorContent renamed(Actor actor) {
        return RecordFields.with(ActorContent.of(actor), Map.of("name", LocalizedText.of("Muutettu " + actor.getName().getFi())));
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
