package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.UI;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The roadmap page against the seeded goals: progress, the timeline drawing and its table. */
class RoadmapViewTest extends AbstractAppTest {

    @Autowired
    private Roadmap roadmap;

    @Test
    void progress_is_the_share_of_actions_done() {
        List<Roadmap.GoalRow> goals = roadmap.goals();
        assertThat(goals).hasSize(6);
        for (Roadmap.GoalRow goal : goals) {
            long done = goal.actions().stream().filter(a -> a.status() == ProgressStatus.DONE).count();
            int expected = goal.actions().isEmpty() ? (goal.status() == ProgressStatus.DONE ? 100 : 0)
                    : Math.round(done * 100f / goal.actions().size());
            assertThat(goal.progressPercent()).isEqualTo(expected);
        }

        UI.getCurrent().navigate("tiekartta");

        String page = UI.getCurrent().getCurrentView().getElement().getOuterHTML();
        for (Roadmap.GoalRow goal : goals) {
            assertThat(page).contains(goal.title().getFi()).contains("Edistyminen: " + goal.progressPercent() + " %");
            goal.actions().forEach(action -> assertThat(page).contains(action.title().getFi()));
        }
    }

    @Test
    void the_timeline_is_well_formed_svg_with_a_bar_per_action_and_no_links() throws Exception {
        List<Roadmap.GoalRow> goals = roadmap.goals();
        int actions = goals.stream().mapToInt(goal -> goal.actions().size()).sum();
        assertThat(actions).isPositive();

        String svg = RoadmapTimeline.svg(goals, Locale.forLanguageTag("fi"), "Tiekartta", key -> key);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(document.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
        // one bar per action, one legend swatch per status, and the pattern's two rectangles
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(actions + ProgressStatus.values().length + 2);
        assertThat(document.getElementsByTagName("a").getLength()).isZero();
        for (Roadmap.GoalRow goal : goals) {
            for (Roadmap.ActionRow action : goal.actions()) {
                String title = action.title().getFi();
                String shown = title.length() <= 34 ? title : title.substring(0, 33);
                assertThat(document.getDocumentElement().getTextContent()).contains(shown);
            }
        }
    }

    @Test
    void the_page_works_in_swedish_and_english() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
        UI.getCurrent().navigate("tiekartta");
        assertThat(UI.getCurrent().getCurrentView().getElement().getOuterHTML()).contains("Färdplan").contains("Framsteg");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("foorumit");
        assertThat(UI.getCurrent().getCurrentView().getElement().getOuterHTML()).contains("Forums and meetings");
    }
}
