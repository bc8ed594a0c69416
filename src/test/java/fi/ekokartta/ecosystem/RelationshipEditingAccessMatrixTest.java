package fi.ekokartta.ecosystem;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;


import org.springframework.security.core.context.SecurityContextHolder;


import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may create, change, end and delete which relationships, every cell asserted both ways: an
 * allowed operation changes the stored relationships, a refused one throws AccessDeniedException
 * and leaves them as they were. Seen from maintainer A: "own" is a relationship whose source is a
 * unit of organization A, "other" one whose source is organization B (its target is A's unit, which
 * gives A no right to it).
 */
class RelationshipEditingAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER_A, MAINTAINER_B, COORDINATOR, ADMIN }

    enum Operation {
        CREATE_OWN, CREATE_OTHER, EDIT_OWN, EDIT_OTHER, MOVE_OWN_TO_OTHER_SOURCE, END_OWN, END_OTHER, DELETE_OWN,
        DELETE_OTHER
    }

    @Autowired
    private RelationshipEditing editing;
    @Autowired
    private ActorRelationshipRepository relationships;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor unitOfA;
    private Actor organizationB;
    private Actor outsider;
    private ActorRelationship own;
    private ActorRelationship other;

    @BeforeEach
    void organizationsAccountsAndRelationships() {
        unique = EntryFixture.unique();
        Actor organizationA = entries().actor("Suhdejärjestö A " + unique);
        unitOfA = entries().actor("Suhdeyksikkö A " + unique, unit -> unit.setParent(organizationA));
        organizationB = entries().actor("Suhdejärjestö B " + unique);
        outsider = entries().actor("Suhdekumppani " + unique);
        List<UUID> ids = List.of(organizationA.getId(), unitOfA.getId(), organizationB.getId(), outsider.getId());
        deleteAfterTest(() -> ids.forEach(id ->
                jdbc.update("delete from actor_relationship where source_id = ? or target_id = ?", id, id)));
        saveUser(username(Who.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Who.MAINTAINER_A), UserRole.MAINTAINER, organizationA);
        saveUser(username(Who.MAINTAINER_B), UserRole.MAINTAINER, organizationB);
        saveUser(username(Who.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Who.ADMIN), UserRole.ADMIN);
        own = relationship(unitOfA, outsider, RelationshipType.REFERS_CLIENTS_TO);
        other = relationship(organizationB, unitOfA, RelationshipType.FUNDS);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, CREATE_OWN, false", "COUNSELLOR, CREATE_OWN, false", "MAINTAINER_A, CREATE_OWN, true",
            "MAINTAINER_B, CREATE_OWN, false", "COORDINATOR, CREATE_OWN, true", "ADMIN, CREATE_OWN, false",
            "ANONYMOUS, CREATE_OTHER, false", "MAINTAINER_A, CREATE_OTHER, false", "MAINTAINER_B, CREATE_OTHER, true",
            "COORDINATOR, CREATE_OTHER, true", "ADMIN, CREATE_OTHER, false",
            "ANONYMOUS, EDIT_OWN, false", "COUNSELLOR, EDIT_OWN, false", "MAINTAINER_A, EDIT_OWN, true",
            "MAINTAINER_B, EDIT_OWN, false", "COORDINATOR, EDIT_OWN, true", "ADMIN, EDIT_OWN, false",
            "ANONYMOUS, EDIT_OTHER, false", "COUNSELLOR, EDIT_OTHER, false", "MAINTAINER_A, EDIT_OTHER, false",
            "MAINTAINER_B, EDIT_OTHER, true", "COORDINATOR, EDIT_OTHER, true", "ADMIN, EDIT_OTHER, false",
            "MAINTAINER_A, MOVE_OWN_TO_OTHER_SOURCE, false", "COORDINATOR, MOVE_OWN_TO_OTHER_SOURCE, true",
            "ANONYMOUS, END_OWN, false", "COUNSELLOR, END_OWN, false", "MAINTAINER_A, END_OWN, true",
            "MAINTAINER_B, END_OWN, false", "COORDINATOR, END_OWN, true", "ADMIN, END_OWN, false",
            "MAINTAINER_A, END_OTHER, false", "MAINTAINER_B, END_OTHER, true",
            "ANONYMOUS, DELETE_OWN, false", "COUNSELLOR, DELETE_OWN, false", "MAINTAINER_A, DELETE_OWN, true",
            "MAINTAINER_B, DELETE_OWN, false", "COORDINATOR, DELETE_OWN, true", "ADMIN, DELETE_OWN, false",
            "ANONYMOUS, DELETE_OTHER, false", "COUNSELLOR, DELETE_OTHER, false", "MAINTAINER_A, DELETE_OTHER, false",
            "MAINTAINER_B, DELETE_OTHER, true", "COORDINATOR, DELETE_OTHER, true", "ADMIN, DELETE_OTHER, false",
    })
    void access(Who who, Operation operation, boolean allowed) {
        List<Map<String, Object>> before = snapshot();
        signIn(who);
        try {
            Runnable action = action(operation);
            if (allowed) {
                action.run();
                assertThat(snapshot()).isNotEqualTo(before);
            } else {
                assertThrows(AccessDeniedException.class, action::run);
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @ParameterizedTest(name = "{0} is offered sources: {1}")
    @CsvSource({"ANONYMOUS, 0", "COUNSELLOR, 0", "ADMIN, 0", "MAINTAINER_A, 2", "COORDINATOR, 4"})
    void sources_offered_are_the_actors_the_user_keeps_current(Who who, int ofThisTest) {
        signIn(who);
        try {
            long offered = editing.sourceChoices().stream().filter(named -> named.name().getFi().endsWith(unique)).count();
            assertThat(offered).isEqualTo(ofThisTest);
            assertThat(editing.mayEdit()).isEqualTo(!editing.sourceChoices().isEmpty());
            assertThat(editing.load(own.getId()).isPresent()).isEqualTo(who == Who.MAINTAINER_A || who == Who.COORDINATOR);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Runnable action(Operation operation) {
        return switch (operation) {
            case CREATE_OWN -> () -> editing.create(content(unitOfA, organizationB, RelationshipType.PARTNERS_WITH));
            case CREATE_OTHER -> () -> editing.create(content(organizationB, outsider, RelationshipType.PARTNERS_WITH));
            case EDIT_OWN -> () -> editing.update(own.getId(), own.getVersion(),
                    content(unitOfA, outsider, RelationshipType.COORDINATES));
            case EDIT_OTHER -> () -> editing.update(other.getId(), other.getVersion(),
                    content(organizationB, unitOfA, RelationshipType.COORDINATES));
            case MOVE_OWN_TO_OTHER_SOURCE -> () -> editing.update(own.getId(), own.getVersion(),
                    content(organizationB, outsider, RelationshipType.REFERS_CLIENTS_TO));
            case END_OWN -> () -> editing.end(own.getId(), own.getVersion(), LocalDate.of(2030, 1, 1));
            case END_OTHER -> () -> editing.end(other.getId(), other.getVersion(), LocalDate.of(2030, 1, 1));
            case DELETE_OWN -> () -> editing.delete(own.getId(), own.getVersion());
            case DELETE_OTHER -> () -> editing.delete(other.getId(), other.getVersion());
        };
    }

    private static RelationshipContent content(Actor from, Actor to, RelationshipType type) {
        return new RelationshipContent(from.getId(), to.getId(), type, LocalizedText.of("Matriisisuhde."), null, null);
    }

    private ActorRelationship relationship(Actor from, Actor to, RelationshipType type) {
        ActorRelationship relationship = new ActorRelationship();
        relationship.setSource(from);
        relationship.setTarget(to);
        relationship.setType(type);
        relationship.setDescription(LocalizedText.of("Alkuperäinen."));
        return relationships.save(relationship);
    }

    /** This test's relationships as stored, to compare before and after. */
    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                select id, source_id, target_id, type, description_fi, valid_from, valid_to, version
                from actor_relationship where source_id in (?, ?, ?) or target_id in (?, ?, ?) order by id""",
                unitOfA.getId(), organizationB.getId(), outsider.getId(), unitOfA.getId(), organizationB.getId(),
                outsider.getId());
    }

    private void signIn(Who who) {
        if (who == Who.ANONYMOUS) {
            SecurityContextHolder.clearContext();
            return;
        }
        UserRole userRole = switch (who) {
            case COUNSELLOR -> UserRole.COUNSELLOR;
            case MAINTAINER_A, MAINTAINER_B -> UserRole.MAINTAINER;
            case COORDINATOR -> UserRole.COORDINATOR;
            default -> UserRole.ADMIN;
        };
        login(username(who), userRole);
    }

    private String username(Who who) {
        return "suhdematriisi-" + who.name().toLowerCase() + "-" + unique;
    }
}
