package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.HistoryPage;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.editing.OfferingHistory;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Reassurance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Historia" tab of an entry with more versions than a page: the newest twenty shown, "Näytä
 * vanhemmat" reading the next ones from the server, the numbering and the differences as when the
 * whole history is read, and re-assurances in their places.
 */
class HistoryPagingTest extends AbstractAppTest {

    private static final int SAVES = 25;

    @Autowired
    private OfferingEditing editing;
    @Autowired
    private OfferingHistory history;
    @Autowired
    private Reassurance reassurance;

    private String unique;
    private Offering offering;

    @BeforeEach
    void a_service_saved_twenty_six_times_and_reassured_once_early_on() {
        unique = EntryFixture.unique();
        Actor own = entries().actor("Oma järjestö " + unique);
        login("koordinaattori-testi", UserRole.COORDINATOR);
        offering = entries().offering("Paja " + unique, own, OfferingStatus.DRAFT, o -> { });
        for (int save = 1; save <= SAVES; save++) {
            OfferingEditing.Editable loaded = editing.load(offering.getId());
            editing.update(offering.getId(), loaded.version(), RecordFields.with(loaded.content(),
                    Map.of("name", LocalizedText.of("Paja " + save + " " + unique))));
            if (save == 3) {
                reassurance.reassureService(offering.getId());
            }
        }
    }

    @Test
    void the_pages_read_from_the_server_hold_the_same_entries_as_the_whole_history() {
        List<HistoryEntry> whole = HistoryEntry.newestFirst(history.of(offering.getId(), Locale.ROOT),
                reassurance.history(EntryKind.SERVICE, offering.getId()));
        assertThat(whole).hasSize(SAVES + 2);

        HistoryPage.Source source = (from, size) -> HistoryPage.merge(from, size,
                history.page(offering.getId(), Locale.ROOT, from.revisionBefore(), size),
                reassurance.history(EntryKind.SERVICE, offering.getId(), from.assuredBefore(), size));
        HistoryPage first = source.page(HistoryPage.Cursor.newest(), 20);
        assertThat(first.entries()).hasSize(20);
        assertThat(first.newestVersion()).isEqualTo(SAVES + 1);
        assertThat(first.older()).isNotNull();
        HistoryPage second = source.page(first.older(), 20);
        assertThat(second.entries()).hasSize(SAVES + 2 - 20);
        assertThat(second.older()).isNull();
        // The versions on the second page are numbered on from the first.
        assertThat(second.newestVersion()).isEqualTo(SAVES + 1 - 20);

        List<HistoryEntry> paged = new ArrayList<>(first.entries());
        paged.addAll(second.entries());
        assertThat(paged).isEqualTo(whole);
        // A page reads only the versions it shows, and one more to tell that there are older.
        assertThat(history.page(offering.getId(), Locale.ROOT, Long.MAX_VALUE, 5).newestFirst()).hasSize(6)
                .isEqualTo(history.of(offering.getId(), Locale.ROOT).subList(0, 6));
    }

    @Test
    void the_editor_shows_twenty_entries_and_the_older_ones_on_request() {
        UI.getCurrent().navigate(ServiceEditorView.class, offering.getId().toString());
        HistorySection section = _get(HistorySection.class);
        section.open();

        assertThat(headings(section)).hasSize(HistorySection.PAGE_SIZE)
                .first().asString().startsWith("Versio " + (SAVES + 1) + ":");
        assertThat(section.getElement().getTextRecursively()).doesNotContain("Versio 1:", "Vahvistettu");
        Button older = _get(section, Button.class, spec -> spec.withText("Näytä vanhemmat"));

        _click(older);

        List<String> headings = headings(section);
        assertThat(headings).hasSize(SAVES + 2);
        assertThat(headings.getLast()).startsWith("Versio 1:");
        assertThat(headings).filteredOn(heading -> heading.startsWith("Vahvistettu")).hasSize(1);
        assertThat(headings).filteredOn(heading -> heading.startsWith("Versio ")).extracting(heading -> heading.substring(7,
                heading.indexOf(':'))).containsExactlyElementsOf(java.util.stream.IntStream.iterate(SAVES + 1, n -> n - 1)
                .limit(SAVES + 1).mapToObj(String::valueOf).toList());
        assertThat(older.isVisible()).isFalse();
        // Every version but the newest differs from the content now, so it can be restored.
        assertThat(_find(section, Button.class, spec -> spec.withText("Palauta tämä versio"))).hasSize(SAVES);
    }

    private static List<String> headings(HistorySection section) {
        return _find(section, Div.class, spec -> spec.withClasses("history-version")).stream()
                .map(version -> _get(version, H3.class).getText()).toList();
    }
}
