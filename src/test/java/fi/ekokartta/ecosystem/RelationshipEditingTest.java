package fi.ekokartta.ecosystem;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;


import org.springframework.security.core.context.SecurityContextHolder;


import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Relationships created, changed, ended and deleted; each validation with its translated reason; optimistic locking. */
class RelationshipEditingTest extends AbstractAppTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    @Autowired
    private RelationshipEditing editing;
    @Autowired
    private ActorRelationshipRepository relationships;
    @Autowired
    private JdbcTemplate jdbc;

    private Actor first;
    private Actor second;
    private Actor third;

    @BeforeEach
    void coordinatorAndThreeActors() {
        String unique = EntryFixture.unique();
        first = entries().actor("Suhdetesti yksi " + unique);
        second = entries().actor("Suhdetesti kaksi " + unique);
        third = entries().actor("Suhdetesti kolme " + unique);
        List<UUID> ids = List.of(first.getId(), second.getId(), third.getId());
        deleteAfterTest(() -> ids.forEach(id -> {
            jdbc.update("delete from actor_relationship_aud where source_id = ? or target_id = ?", id, id);
            jdbc.update("delete from actor_relationship where source_id = ? or target_id = ?", id, id);
        }));
        login("suhteet-validointi", UserRole.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void created_relationship_is_stored_as_written_and_loads_for_the_editor() {
        UUID id = editing.create(content(first, second, RelationshipType.FUNDS, START, END,
                new LocalizedText("  Rahoittaa hanketta. ", "Finansierar projektet.", "Funds the project.")));

        ActorRelationship stored = relationships.findById(id).orElseThrow();
        assertThat(stored.getSource().getId()).isEqualTo(first.getId());
        assertThat(stored.getTarget().getId()).isEqualTo(second.getId());
        assertThat(stored.getType()).isEqualTo(RelationshipType.FUNDS);
        assertThat(stored.getDescription().getFi()).isEqualTo("Rahoittaa hanketta.");
        assertThat(stored.getDescription().getSv()).isEqualTo("Finansierar projektet.");
        assertThat(stored.getValidFrom()).isEqualTo(START);
        assertThat(stored.getValidTo()).isEqualTo(END);
        RelationshipEditing.Editable loaded = editing.load(id).orElseThrow();
        assertThat(loaded.version()).isEqualTo(stored.getVersion());
        assertThat(loaded.content().description().getEn()).isEqualTo("Funds the project.");
    }

    @Test
    void changed_relationship_takes_the_new_type_actor_text_and_dates() {
        UUID id = editing.create(content(first, second, RelationshipType.FUNDS, null, null, LocalizedText.of("Vanha.")));
        long version = editing.load(id).orElseThrow().version();

        editing.update(id, version, content(third, second, RelationshipType.COORDINATES, START, null,
                LocalizedText.of("Uusi kuvaus.")));

        ActorRelationship stored = relationships.findById(id).orElseThrow();
        assertThat(stored.getSource().getId()).isEqualTo(third.getId());
        assertThat(stored.getType()).isEqualTo(RelationshipType.COORDINATES);
        assertThat(stored.getDescription().getFi()).isEqualTo("Uusi kuvaus.");
        assertThat(stored.getValidFrom()).isEqualTo(START);
        assertThat(stored.getValidTo()).isNull();
        assertThat(stored.getVersion()).isEqualTo(version + 1);
    }

    @Test
    void ending_sets_the_last_day_to_today_or_the_chosen_day() {
        UUID today = editing.create(content(first, second, RelationshipType.PARTNERS_WITH, START, null, null));
        UUID chosen = editing.create(content(first, third, RelationshipType.PARTNERS_WITH, START, null, null));

        editing.end(today, editing.load(today).orElseThrow().version(), null);
        editing.end(chosen, editing.load(chosen).orElseThrow().version(), LocalDate.of(2025, 3, 31));

        assertThat(relationships.findById(today).orElseThrow().getValidTo()).isEqualTo(FinnishDates.today());
        assertThat(relationships.findById(chosen).orElseThrow().getValidTo()).isEqualTo(LocalDate.of(2025, 3, 31));
        ValidationException early = assertThrows(ValidationException.class,
                () -> editing.end(chosen, editing.load(chosen).orElseThrow().version(), LocalDate.of(2023, 12, 31)));
        assertThat(early.getFieldErrors()).containsEntry("validTo", "network.error.end-before-start");
        assertThat(relationships.findById(chosen).orElseThrow().getValidTo()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void deleted_relationship_is_gone() {
        UUID id = editing.create(content(first, second, RelationshipType.REFERS_CLIENTS_TO, null, null, null));

        editing.delete(id, editing.load(id).orElseThrow().version());

        assertThat(relationships.existsById(id)).isFalse();
        RejectedInputException again = assertThrows(RejectedInputException.class, () -> editing.delete(id, 0));
        assertThat(again.getMessageKey()).isEqualTo("network.error.not-found");
    }

    @Test
    void each_wrong_field_is_refused_with_its_reason_and_nothing_is_stored() {
        Actor archived = entries().actor("Suhdetesti arkistoitu " + EntryFixture.unique(),
                actor -> actor.setStatus(ActorStatus.ARCHIVED));
        deleteAfterTest(() -> jdbc.update("delete from actor_relationship where source_id = ? or target_id = ?",
                archived.getId(), archived.getId()));

        assertThat(refusal(new RelationshipContent(null, null, null, null, null, null)))
                .containsEntry("source", "network.error.source-required")
                .containsEntry("target", "network.error.target-required")
                .containsEntry("type", "network.error.type-required");
        assertThat(refusal(content(first, first, RelationshipType.FUNDS, null, null, null)))
                .containsExactlyEntriesOf(Map.of("target", "network.error.same-actor"));
        assertThat(refusal(content(first, archived, RelationshipType.FUNDS, null, null, null)))
                .containsExactlyEntriesOf(Map.of("target", "network.error.actor-archived"));
        assertThat(refusal(content(archived, first, RelationshipType.FUNDS, null, null, null)))
                .containsExactlyEntriesOf(Map.of("source", "network.error.actor-archived"));
        assertThat(refusal(content(first, second, RelationshipType.FUNDS, END, START, null)))
                .containsExactlyEntriesOf(Map.of("validTo", "network.error.end-before-start"));
        assertThat(refusal(content(first, second, RelationshipType.FUNDS, null, null,
                new LocalizedText(null, "x".repeat(RelationshipEditing.MAX_DESCRIPTION_LENGTH + 1), null))))
                .containsExactlyEntriesOf(Map.of("description.sv", "network.error.description-too-long"));
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where source_id in (?, ?) or target_id in (?, ?)",
                Long.class, first.getId(), archived.getId(), first.getId(), archived.getId())).isZero();
    }

    @Test
    void a_second_relationship_of_the_same_type_may_not_overlap_the_first() {
        editing.create(content(first, second, RelationshipType.FUNDS, START, END, null));

        assertThat(refusal(content(first, second, RelationshipType.FUNDS, LocalDate.of(2024, 12, 31), null, null)))
                .containsExactlyEntriesOf(Map.of("validFrom", "network.error.overlap"));
        assertThat(refusal(content(first, second, RelationshipType.FUNDS, null, null, null)))
                .containsExactlyEntriesOf(Map.of("validFrom", "network.error.overlap"));
        // the next year, another type, or the other direction is no overlap
        editing.create(content(first, second, RelationshipType.FUNDS, LocalDate.of(2025, 1, 1), null, null));
        editing.create(content(first, second, RelationshipType.PARTNERS_WITH, START, END, null));
        editing.create(content(second, first, RelationshipType.FUNDS, START, END, null));
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where source_id in (?, ?)", Long.class,
                first.getId(), second.getId())).isEqualTo(4L);
    }

    @Test
    void changing_a_relationship_does_not_overlap_with_itself_but_with_another() {
        UUID id = editing.create(content(first, second, RelationshipType.FUNDS, START, END, null));
        UUID later = editing.create(content(first, second, RelationshipType.FUNDS, LocalDate.of(2025, 1, 1), null, null));

        editing.update(id, editing.load(id).orElseThrow().version(),
                content(first, second, RelationshipType.FUNDS, START, LocalDate.of(2024, 6, 30), null));
        long version = editing.load(later).orElseThrow().version();
        ValidationException overlap = assertThrows(ValidationException.class, () -> editing.update(later, version,
                content(first, second, RelationshipType.FUNDS, LocalDate.of(2024, 6, 1), null, null)));

        assertThat(overlap.getFieldErrors()).containsEntry("validFrom", "network.error.overlap");
        assertThat(relationships.findById(later).orElseThrow().getValidFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        UUID id = editing.create(content(first, second, RelationshipType.FUNDS, null, null, LocalizedText.of("Ensimmäinen.")));
        long stale = editing.load(id).orElseThrow().version();
        editing.update(id, stale, content(first, second, RelationshipType.FUNDS, null, null, LocalizedText.of("Toinen.")));

        assertThrows(ConflictException.class, () -> editing.update(id, stale,
                content(first, second, RelationshipType.FUNDS, null, null, LocalizedText.of("Kolmas."))));
        assertThrows(ConflictException.class, () -> editing.end(id, stale, null));
        assertThrows(ConflictException.class, () -> editing.delete(id, stale));

        ActorRelationship stored = relationships.findById(id).orElseThrow();
        assertThat(stored.getDescription().getFi()).isEqualTo("Toinen.");
        assertThat(stored.getValidTo()).isNull();
    }

    @Test
    void every_reason_reads_in_finnish_swedish_and_english() throws Exception {
        List<String> keys = List.of("source-required", "target-required", "same-actor", "actor-archived", "type-required",
                "end-before-start", "overlap", "description-too-long", "not-found", "conflict", "not-allowed");
        for (String language : List.of("fi", "sv", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            keys.forEach(key -> assertThat(bundle.getProperty("network.error." + key)).as(language + " " + key).isNotBlank());
        }
    }

    private Map<String, String> refusal(RelationshipContent content) {
        return assertThrows(ValidationException.class, () -> editing.create(content)).getFieldErrors();
    }

    private static RelationshipContent content(Actor from, Actor to, RelationshipType type, LocalDate validFrom,
                                               LocalDate validTo, LocalizedText description) {
        return new RelationshipContent(from.getId(), to.getId(), type, description, validFrom, validTo);
    }
}
