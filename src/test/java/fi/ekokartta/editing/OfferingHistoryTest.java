package fi.ekokartta.editing;

import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.search.ServiceCard;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change history of a service read from Envers, field by field, and the restoring of a version. */
class OfferingHistoryTest extends AbstractAppTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired
    private OfferingHistory history;
    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private ServiceSearch search;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor provider;
    private String coordinator;
    private String maintainer;

    @BeforeEach
    void coordinatorMaintainerAndProvider() {
        unique = EntryFixture.unique();
        provider = entries().actor("Historiajärjestö " + unique);
        coordinator = "koordinaattori-" + unique;
        maintainer = "yllapitaja-" + unique;
        saveUser(coordinator, UserRole.COORDINATOR);
        saveUser(maintainer, UserRole.MAINTAINER, provider);
        signIn(coordinator, UserRole.COORDINATOR);
    }

    @Test
    void the_history_of_a_created_and_twice_edited_service_names_who_and_what_changed_per_field() {
        OfferingEditing.Editable draft = create(content("Velkaneuvonta " + unique));
        Map<String, Object> term = jdbc.queryForMap("select id, name_fi from taxonomy_term order by code limit 1");
        Map<String, Object> group = jdbc.queryForMap("select id, name_fi from target_group order by code limit 1");

        signIn(maintainer, UserRole.MAINTAINER);
        OfferingEditing.Editable loaded = editing.load(draft.id());
        OfferingContent.Channel office = loaded.content().channels().getFirst();
        List<OfferingContent.Hours> hours = new ArrayList<>(office.openingHours());
        hours.add(OfferingContent.Hours.weekly("FR", LocalTime.of(10, 0), LocalTime.of(12, 0), null));
        OfferingContent.Channel changedOffice = RecordFields.with(office, Map.of("phone", "040 987 6543", "openingHours", hours));
        long second = editing.update(draft.id(), loaded.version(), RecordFields.with(loaded.content(), Map.of(
                "name", LocalizedText.of("Talous- ja velkaneuvonta " + unique),
                "classIds", Set.of((UUID) term.get("id")), "targetGroupIds", Set.of((UUID) group.get("id")),
                "municipalityCodes", Set.of("208"), "channels", List.of(changedOffice))));

        signIn(coordinator, UserRole.COORDINATOR);
        OfferingContent c = editing.load(draft.id()).content();
        editing.update(draft.id(), second, RecordFields.with(c, Map.of(
                "summary", LocalizedText.of("Uusi tiivistelmä"), "contacts", List.of(c.contacts().getFirst()),
                "keywords", Set.of(new Keyword("fi", "testisana"), new Keyword("fi", "velka")),
                "chargeType", ChargeType.CHARGEABLE, "validTo", LocalDate.of(2027, 12, 31))));

        List<HistoryEntry> entries = history.of(draft.id(), FINNISH);

        assertThat(entries).hasSize(3);
        HistoryEntry latest = entries.getFirst();
        assertThat(latest.username()).isEqualTo(coordinator);
        assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
        assertThat(latest.changes()).containsExactlyInAnyOrder(
                FieldChange.changed("summary.fi", "Tiivistelmä Velkaneuvonta " + unique, "Uusi tiivistelmä"),
                FieldChange.added("keywords.fi", "velka"),
                FieldChange.removed("contacts[1]", "Maija Meikäläinen, Lähetteet"),
                FieldChange.changed("chargeType", "FREE", "CHARGEABLE"),
                FieldChange.changed("validTo", null, "31.12.2027"));
        assertThat(latest.restorable()).isFalse();

        HistoryEntry edit = entries.get(1);
        assertThat(edit.username()).isEqualTo(maintainer);
        assertThat(edit.changes()).containsExactlyInAnyOrder(
                FieldChange.changed("name.fi", "Velkaneuvonta " + unique, "Talous- ja velkaneuvonta " + unique),
                FieldChange.added("classes", (String) term.get("name_fi")),
                FieldChange.added("targetGroups", (String) group.get("name_fi")),
                FieldChange.added("municipalities", "Kalajoki"),
                FieldChange.changed("channels[0].phone", "+358401234567", "+358409876543"),
                FieldChange.added("channels[0].openingHours[1]", "pe 10.00–12.00"));
        assertThat(edit.restorable()).isTrue();
        assertThat(edit.revision()).isLessThan(latest.revision());
        assertThat(edit.savedAt()).isBeforeOrEqualTo(latest.savedAt());

        HistoryEntry created = entries.getLast();
        assertThat(created.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(created.username()).isEqualTo(coordinator);
        assertThat(created.restorable()).isTrue();
    }

    @Test
    void channels_added_and_removed_and_a_status_change_appear_as_such() {
        OfferingEditing.Editable draft = create(content("Työpaja " + unique));
        OfferingContent c = editing.load(draft.id()).content();
        OfferingContent.Channel phone = new OfferingContent.Channel(null, ChannelType.PHONE, LocalizedText.of("Neuvonta"),
                null, null, null, null, "08 555 1234", null, List.of(), null, null, false);
        long version = editing.update(draft.id(), draft.version(), RecordFields.with(c, Map.of("channels", List.of(phone))));

        editing.publish(draft.id(), version);

        List<HistoryEntry> entries = history.of(draft.id(), FINNISH);
        assertThat(entries.getFirst().changes()).containsExactly(FieldChange.changed("status", "DRAFT", "PUBLISHED"));
        assertThat(entries.get(1).changes()).containsExactlyInAnyOrder(
                FieldChange.removed("channels[0]", "Toimisto, Kauppatie 1, 85100 Kalajoki, +358401234567, palvelu@example.fi, "
                        + "https://example.fi/palvelu, ma, ti, ke 9.00–15.00"),
                FieldChange.added("channels[0]", "Neuvonta, +35885551234"));
    }

    @Test
    void a_revision_that_only_re_assures_the_entry_is_labelled_as_a_re_assurance() {
        OfferingEditing.Editable draft = create(content("Vahvistettava " + unique));
        Offering stored = offerings.findById(draft.id()).orElseThrow();
        stored.setAssuredDate(LocalDate.of(2026, 11, 30));
        stored.setAssurer(maintainer);
        offerings.saveAndFlush(stored);

        HistoryEntry latest = history.of(draft.id(), FINNISH).getFirst();

        assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.ASSURED);
        assertThat(latest.changes()).containsExactlyInAnyOrder(FieldChange.changed("assuredDate", null, "30.11.2026"),
                FieldChange.changed("assurer", null, maintainer));
    }

    @Test
    void restoring_a_version_saves_its_content_as_a_new_revision_and_the_search_follows() {
        String original = "Alkuperainen" + letters();
        String renamed = "Muutettu" + letters();
        OfferingEditing.Editable draft = create(content(original));
        long published = editing.publish(draft.id(), draft.version());
        OfferingContent c = editing.load(draft.id()).content();
        long edited = editing.update(draft.id(), published, RecordFields.with(c, Map.of("name", LocalizedText.of(renamed),
                "channels", List.of(), "contacts", List.of())));
        HistoryEntry first = history.of(draft.id(), FINNISH).getLast();

        signIn(maintainer, UserRole.MAINTAINER);
        long restored = history.restore(draft.id(), first.revision(), edited);

        OfferingEditing.Editable now = editing.load(draft.id());
        assertThat(now.version()).isEqualTo(restored).isGreaterThan(edited);
        assertThat(OfferingConflicts.withoutIds(now.content())).isEqualTo(OfferingConflicts.withoutIds(draft.content()));
        assertThat(now.status()).isEqualTo(OfferingStatus.PUBLISHED);
        List<HistoryEntry> entries = history.of(draft.id(), FINNISH);
        assertThat(entries).hasSize(4);
        assertThat(entries.getFirst().username()).isEqualTo(maintainer);
        assertThat(entries.getFirst().changes()).contains(FieldChange.changed("name.fi", renamed, original));
        assertThat(entries.get(1).restorable()).isTrue();
        assertThat(finds(original, draft.id())).isTrue();
        assertThat(finds(renamed, draft.id())).isFalse();
    }

    @Test
    void a_maintainer_of_another_organization_may_neither_read_the_history_nor_restore() {
        OfferingEditing.Editable draft = create(content("Toisen palvelu " + unique));
        long edited = editing.update(draft.id(), draft.version(), EditingSupport.named(draft.content(), "Muutettu " + unique));
        long first = history.of(draft.id(), FINNISH).getLast().revision();
        Actor other = entries().actor("Muu järjestö " + unique);
        saveUser("muu-" + unique, UserRole.MAINTAINER, other);
        signIn("muu-" + unique, UserRole.MAINTAINER);

        assertThatThrownBy(() -> history.of(draft.id(), FINNISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.restore(draft.id(), first, edited)).isInstanceOf(AccessDeniedException.class);

        signIn(coordinator, UserRole.COORDINATOR);
        assertThat(editing.load(draft.id()).version()).isEqualTo(edited);
        assertThat(editing.load(draft.id()).content().name().getFi()).isEqualTo("Muutettu " + unique);
    }

    @Test
    void restoring_over_a_stale_version_is_a_conflict_and_stores_nothing() {
        OfferingEditing.Editable draft = create(content("Vanhentunut " + unique));
        long edited = editing.update(draft.id(), draft.version(), EditingSupport.named(draft.content(), "Toinen " + unique));
        long first = history.of(draft.id(), FINNISH).getLast().revision();

        assertThatThrownBy(() -> history.restore(draft.id(), first, draft.version()))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.getCurrentVersion()).isEqualTo(edited);
                    assertThat(conflict.getChangedFields()).extracting(ConflictException.ChangedField::field).contains("name");
                });

        assertThat(editing.load(draft.id()).content().name().getFi()).isEqualTo("Toinen " + unique);
        assertThat(history.of(draft.id(), FINNISH)).hasSize(2);
    }

    @Test
    void a_revision_of_another_service_is_not_restored() {
        OfferingEditing.Editable mine = create(content("Oma " + unique));
        OfferingEditing.Editable other = create(content("Toinen " + unique));
        long ofOther = history.of(other.id(), FINNISH).getFirst().revision();

        assertThatThrownBy(() -> history.restore(mine.id(), ofOther, mine.version()))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("history.error.revision-unknown"));
        assertThat(history.of(mine.id(), FINNISH)).hasSize(1);
    }

    private OfferingEditing.Editable create(OfferingContent content) {
        OfferingEditing.Editable draft = editing.createDraft(provider.getId(), content);
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
        return draft;
    }

    private boolean finds(String text, UUID id) {
        return search.search(ServiceQuery.of(text)).cards().stream().map(ServiceCard::id).anyMatch(id::equals);
    }

    /** A word of letters only that no seeded service has, so the analyzers keep it whole. */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
