package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.guidance.RecentShortlist;
import fi.ekokartta.guidance.ShortlistService;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The counsellor's other lists of the last days, to reopen when a client comes back: each named
 * by the day it was started, its number of services and the first of them, never by its client.
 */
class RecentLists extends Composite<TitledSection> {

    private final List<RecentShortlist> lists;
    private final Consumer<UUID> reopen;

    RecentLists(List<RecentShortlist> lists, Consumer<UUID> reopen) {
        this.lists = lists;
        this.reopen = reopen;
    }

    @Override
    protected TitledSection initContent() {
        TitledSection section = new TitledSection("shortlist-recent-heading", getTranslation("shortlist.recent"));
        section.add(new Paragraph(getTranslation("shortlist.recent.lead", ShortlistService.LIFETIME.toDays())));
        ContentLanguage content = new ContentLanguage(getLocale());
        UnorderedList items = new UnorderedList();
        items.addClassName("recent-lists");
        lists.forEach(list -> items.add(item(list, content)));
        section.add(items);
        return section;
    }

    private ListItem item(RecentShortlist list, ContentLanguage content) {
        String started = FinnishDates.date(list.createdAt().atZone(FinnishDates.FINNISH_TIME).toLocalDate());
        String names = String.join(", ", list.firstServiceNames().stream().map(content::text).filter(Objects::nonNull).toList())
                + (list.serviceCount() > list.firstServiceNames().size() ? ", …" : "");
        Button open = new Button(getTranslation("shortlist.recent.open"), click -> reopen.accept(list.id()));
        open.setAriaLabel(getTranslation("shortlist.recent.open.named", started, names));
        return new ListItem(new Span(getTranslation("shortlist.recent.item", started, list.serviceCount(), names)), open);
    }
}
