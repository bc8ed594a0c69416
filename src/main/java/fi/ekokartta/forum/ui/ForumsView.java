package fi.ekokartta.forum.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.forum.ForumDirectory;

/** Foorumit: the ecosystem's forums with their type, purpose and next meeting. */
@Route("foorumit")
@AnonymousAllowed
@Menu(title = "menu.forums", order = 14, icon = "vaadin:group")
class ForumsView extends Div implements HasDynamicTitle {

    ForumsView(ForumDirectory directory) {
        addClassNames("page", "forums-page");
        add(new H1(getTranslation("forum.list.title")), new Paragraph(getTranslation("forum.list.lead")));
        for (ForumDirectory.ForumSummary forum : directory.forums()) {
            Section card = new Section();
            card.addClassName("forum-card");
            H2 heading = new H2(new Anchor("foorumit/" + forum.id(), forum.name().get(getLocale())));
            card.add(heading, new Paragraph(getTranslation("forum.type." + forum.type())));
            if (!forum.description().isEmpty()) {
                card.add(new Paragraph(forum.description().get(getLocale())));
            }
            card.add(new Paragraph(forum.nextMeeting()
                    .map(meeting -> getTranslation("forum.next-meeting",
                            FinnishDates.dateTime(meeting.start(), Language.of(getLocale())), meeting.title()))
                    .orElse(getTranslation("forum.no-next-meeting"))));
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.list.title") + " – Ekokartta";
    }
}
