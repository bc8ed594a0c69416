package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.accessibility.AccessibilityFeedback;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The accessibility feedback list says whether an answer was e-mailed to the sender, and when. */
class AccessibilityFeedbackListTest extends AbstractAppTest {

    @Autowired
    private AccessibilityFeedbackService feedback;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void an_answered_message_shows_whether_its_answer_was_mailed() {
        String unique = EntryFixture.unique();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message like ?", "%" + unique));
        String insert = "insert into accessibility_feedback (id, message, reporter_email, language, received_at, answer,"
                + " answered_at, answered_by, answer_sent_at) values (?, ?, ?, 'fi', now() - interval '2 days', 'Kiitos.',"
                + " now() - interval '1 day', 'koordinaattori-testi', ?)";
        jdbc.update(insert, UUID.randomUUID(), "Lähetetty " + unique, "lahettaja@example.org",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86400)));
        jdbc.update(insert, UUID.randomUUID(), "Ei lähetetty " + unique, "toinen@example.org", null);
        jdbc.update(insert, UUID.randomUUID(), "Ei osoitetta " + unique, null, null);
        login("koordinaattori-testi", UserRole.COORDINATOR);

        UI.getCurrent().add(new AccessibilityFeedbackList(feedback, 500));
        @SuppressWarnings("unchecked")
        Grid<AccessibilityFeedback> grid = _get(Grid.class);

        String yesterday = FinnishDates.date(FinnishDates.today().minusDays(1));
        assertThat(answer(grid, "Lähetetty " + unique)).endsWith("Lähetetty sähköpostilla osoitteeseen lahettaja@example.org "
                + yesterday);
        assertThat(answer(grid, "Ei lähetetty " + unique)).endsWith("Vastausta ei lähetetty sähköpostilla.");
        assertThat(answer(grid, "Ei osoitetta " + unique)).endsWith("Kirjasi koordinaattori-testi " + yesterday);
    }

    private static String answer(Grid<AccessibilityFeedback> grid, String message) {
        int row = IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).getMessage().equals(message)).findFirst().orElseThrow();
        return _getCellComponent(grid, row, AccessibilityFeedbackList.ANSWER).getElement().getTextRecursively();
    }
}
