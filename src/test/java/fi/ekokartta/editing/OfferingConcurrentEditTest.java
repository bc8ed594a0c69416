package fi.ekokartta.editing;

import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ConflictException.ChangedField;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import static fi.ekokartta.editing.EditingSupport.content;
import static fi.ekokartta.editing.EditingSupport.named;
import static fi.ekokartta.editing.EditingSupport.signIn;
import static fi.ekokartta.editing.EditingSupport.summarized;
import static fi.ekokartta.editing.EditingSupport.withChannels;
import static fi.ekokartta.editing.EditingSupport.withContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two people saving one service: the later save with an old version is refused, nothing is lost or mixed. */
class OfferingConcurrentEditTest extends AbstractAppTest {

    private static final String COORDINATOR = "koordinaattori-rinnakkain-";

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private OfferingEditing.Editable draft;

    @BeforeEach
    void aServiceToEdit() {
        unique = EntryFixture.unique();
        Actor provider = entries().actor("Järjestö " + unique);
        saveUser(COORDINATOR + unique, UserRole.COORDINATOR);
        signIn(COORDINATOR + unique, UserRole.COORDINATOR);
        draft = editing.createDraft(provider.getId(), content("Rinnakkainen " + unique));
        deleteAfterTest(() -> offerings.deleteById(draft.id()));
    }

    @Test
    void the_later_of_two_tabs_gets_a_conflict_naming_what_the_other_changed_and_the_row_keeps_the_first_save() {
        OfferingEditing.Editable tabA = editing.load(draft.id());
        OfferingEditing.Editable tabB = editing.load(draft.id());
        editing.update(draft.id(), tabB.version(), with(tabB.content(), c -> named(c, "Tabin B nimi " + unique)));

        OfferingContent changedInA = with(tabA.content(), c -> summarized(c, "Tabin A tiivistelmä"));
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> editing.update(draft.id(), tabA.version(), changedInA));

        assertThat(conflict.getChangedFields()).containsExactlyInAnyOrder(
                new ChangedField("name", "Tabin B nimi " + unique),
                new ChangedField("summary", "Tiivistelmä Rinnakkainen " + unique));
        OfferingEditing.Editable stored = editing.load(draft.id());
        assertEquals(conflict.getCurrentVersion(), stored.version());
        assertEquals("Tabin B nimi " + unique, stored.content().name().getFi());
        assertEquals("Tiivistelmä Rinnakkainen " + unique, stored.content().summary().getFi());
    }

    @Test
    void a_channel_added_in_one_tab_and_a_contact_edited_in_another_conflict_and_no_row_is_lost() {
        OfferingEditing.Editable tabA = editing.load(draft.id());
        OfferingEditing.Editable tabB = editing.load(draft.id());
        OfferingContent contactEdited = with(tabB.content(), c -> withContacts(c, List.of(
                retitled(c.contacts().getFirst(), "Työllisyysohjaaja"), c.contacts().get(1))));
        editing.update(draft.id(), tabB.version(), contactEdited);

        List<OfferingContent.Channel> twoChannels = new ArrayList<>(tabA.content().channels());
        twoChannels.add(new OfferingContent.Channel(null, ChannelType.PHONE, null, null, null, null, null, "029 502 0501",
                null, List.of(), null, null, false));
        assertThrows(ConflictException.class,
                () -> editing.update(draft.id(), tabA.version(), with(tabA.content(), c -> withChannels(c, twoChannels))));

        assertEquals(1, count("service_channel"));
        assertEquals(2, count("service_contact"));
        assertEquals("Työllisyysohjaaja", editing.load(draft.id()).content().contacts().getFirst().title());

        OfferingEditing.Editable reloaded = editing.load(draft.id());
        List<OfferingContent.Channel> again = new ArrayList<>(reloaded.content().channels());
        again.add(twoChannels.get(1));
        editing.update(draft.id(), reloaded.version(), with(reloaded.content(), c -> withChannels(c, again)));

        assertEquals(2, count("service_channel"));
        assertEquals("Työllisyysohjaaja", editing.load(draft.id()).content().contacts().getFirst().title());
    }

    @Test
    void a_status_change_with_an_old_version_is_a_conflict() {
        editing.update(draft.id(), draft.version(), with(draft.content(), c -> named(c, "Uudempi " + unique)));

        ConflictException conflict = assertThrows(ConflictException.class, () -> editing.publish(draft.id(), draft.version()));

        assertEquals(List.of(new ChangedField("status", "DRAFT")), conflict.getChangedFields());
        assertEquals(OfferingStatus.DRAFT, editing.load(draft.id()).status());
    }

    @Test
    void of_twenty_saves_from_the_same_version_exactly_one_is_stored_whole_and_the_others_conflict() throws Exception {
        OfferingEditing.Editable loaded = editing.load(draft.id());
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String mark = "Säie " + i + " " + unique;
            OfferingContent mine = with(loaded.content(), c -> withContacts(summarized(named(c, mark), mark),
                    List.of(new OfferingContent.Contact(null, mark, null, null, null, null, Visibility.PUBLIC))));
            saves.add(() -> {
                signIn(COORDINATOR + unique, UserRole.COORDINATOR);
                start.await();
                try {
                    editing.update(draft.id(), loaded.version(), mine);
                    return true;
                } catch (ConflictException conflict) {
                    return false;
                } finally {
                    signIn(null, null);
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            saves.forEach(save -> results.add(pool.submit(save)));
            start.countDown();
            int stored = 0;
            for (Future<Boolean> result : results) {
                stored += result.get() ? 1 : 0;
            }
            assertEquals(1, stored);
        } finally {
            pool.shutdownNow();
        }

        OfferingContent after = editing.load(draft.id()).content();
        String winner = after.name().getFi();
        assertThat(winner).startsWith("Säie ");
        assertEquals(winner, after.summary().getFi());
        assertEquals(List.of(winner), after.contacts().stream().map(OfferingContent.Contact::name).toList());
        assertEquals(1, count("service_contact"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where offering_id = ?", Integer.class, draft.id());
    }

    private static OfferingContent with(OfferingContent content, UnaryOperator<OfferingContent> change) {
        return change.apply(content);
    }

    private static OfferingContent.Contact retitled(OfferingContent.Contact c, String title) {
        return new OfferingContent.Contact(c.id(), c.name(), title, c.department(), c.email(), c.phone(), c.visibility());
    }
}
