package fi.ekokartta.guidance;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShortlistServiceTest extends AbstractAppTest {

    private static final String COUNSELLOR = "ohjaaja-listapalvelu-testi";
    private static final String COLLEAGUE = "kollega-listapalvelu-testi";

    @Autowired
    private ShortlistService shortlists;
    @Autowired
    private RecentShortlistService recentLists;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Offering first;
    private Offering second;
    private Offering third;

    @BeforeEach
    void threeServices() {
        EntryFixture entries = entries();
        unique = EntryFixture.unique();
        Actor provider = entries.actor("Listapalvelutoimija " + unique);
        first = entries.offering("Ensimmäinen " + unique, provider, OfferingStatus.PUBLISHED, offering -> { });
        second = entries.offering("Toinen " + unique, provider, OfferingStatus.PUBLISHED, offering -> { });
        third = entries.offering("Kolmas " + unique, provider, OfferingStatus.PUBLISHED, offering -> { });
        deleteAfterTest(() -> jdbc.update("delete from shortlist where owner_username in (?, ?)", COUNSELLOR, COLLEAGUE));
        login(COUNSELLOR, UserRole.COUNSELLOR);
    }

    @Test
    void a_note_at_the_limit_is_kept_and_one_over_it_is_refused_leaving_the_last_valid_note() {
        UUID item = shortlists.add(first.getId()).entries().getFirst().itemId();
        String longest = "x".repeat(ShortlistItem.MAX_NOTE_LENGTH);
        shortlists.setNote(item, longest);

        RejectedInputException rejected = assertThrows(RejectedInputException.class,
                () -> shortlists.setNote(item, longest + "y"));

        assertEquals("shortlist.error.note-too-long", rejected.getMessageKey());
        assertEquals(longest, shortlists.current().orElseThrow().entries().getFirst().note());
    }

    @Test
    void a_removed_service_is_restored_at_its_former_place_with_its_note() {
        shortlists.add(first.getId());
        UUID middle = shortlists.add(second.getId()).entries().get(1).itemId();
        shortlists.add(third.getId());
        shortlists.setNote(middle, "Soita maanantaina.");

        RemovedItem removed = shortlists.remove(middle);
        assertEquals(List.of(first.getId(), third.getId()), services());
        shortlists.restore(removed);

        assertEquals(List.of(first.getId(), second.getId(), third.getId()), services());
        assertEquals("Soita maanantaina.", shortlists.current().orElseThrow().entries().get(1).note());
    }

    @Test
    void undoing_a_removal_does_not_list_a_service_twice_when_it_was_added_again_meanwhile() {
        shortlists.add(first.getId());
        RemovedItem removed = shortlists.removeService(first.getId()).orElseThrow();
        shortlists.add(first.getId());

        shortlists.restore(removed);

        assertEquals(List.of(first.getId()), services());
    }

    @Test
    void a_colleague_can_neither_restore_into_nor_reopen_another_counsellors_list() {
        ShortlistContent list = shortlists.add(first.getId());
        RemovedItem removed = shortlists.remove(list.entries().getFirst().itemId());
        login(COLLEAGUE, UserRole.COUNSELLOR);

        assertThrows(RejectedInputException.class, () -> shortlists.restore(removed));
        assertThrows(RejectedInputException.class, () -> recentLists.reopen(list.id()));
        assertThrows(RejectedInputException.class, () -> recentLists.returnTo(list.id(), list.id()));
    }

    @Test
    void recent_lists_are_the_other_unexpired_lists_with_services_newest_first() {
        UUID older = shortlists.add(first.getId()).id();
        shortlists.startNew();
        UUID newer = shortlists.add(second.getId()).id();
        shortlists.add(third.getId());
        shortlists.startNew();
        shortlists.startNew();
        jdbc.update("update shortlist set created_at = created_at - interval '1 minute' where id = ?", older);

        List<RecentShortlist> recent = recentLists.recent();

        assertEquals(List.of(newer, older), recent.stream().map(RecentShortlist::id).toList());
        assertEquals(2, recent.getFirst().serviceCount());
        assertEquals(List.of("Toinen " + unique, "Kolmas " + unique),
                recent.getFirst().firstServiceNames().stream().map(name -> name.getFi()).toList());
        jdbc.update("update shortlist set created_at = now() - interval '31 days', expires_at = now() - interval '1 day'"
                + " where id = ?", older);
        assertEquals(List.of(newer), recentLists.recent().stream().map(RecentShortlist::id).toList());
    }

    @Test
    void a_reopened_list_is_the_current_one_until_another_is_started_or_reopened() {
        UUID monday = shortlists.add(first.getId()).id();
        shortlists.startNew();
        UUID tuesday = shortlists.add(second.getId()).id();

        recentLists.reopen(monday);
        assertEquals(monday, shortlists.current().orElseThrow().id());
        shortlists.add(third.getId());
        assertEquals(List.of(first.getId(), third.getId()), services());
        recentLists.reopen(tuesday);

        assertEquals(List.of(second.getId()), services());
    }

    @Test
    void returning_from_a_new_list_discards_it_only_when_nothing_was_put_on_it() {
        UUID previous = shortlists.add(first.getId()).id();
        UUID empty = shortlists.startNew().id();

        recentLists.returnTo(previous, empty);
        assertEquals(previous, shortlists.current().orElseThrow().id());
        assertEquals(0, jdbc.queryForObject("select count(*) from shortlist where id = ?", Integer.class, empty));
        UUID used = shortlists.startNew().id();
        shortlists.add(second.getId());
        recentLists.returnTo(previous, used);

        assertEquals(previous, shortlists.current().orElseThrow().id());
        assertEquals(1, jdbc.queryForObject("select count(*) from shortlist where id = ?", Integer.class, used));
    }

    private List<UUID> services() {
        return shortlists.current().orElseThrow().entries().stream().map(entry -> entry.service().id()).toList();
    }
}
