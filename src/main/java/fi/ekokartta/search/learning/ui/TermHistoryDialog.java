package fi.ekokartta.search.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fi.ekokartta.search.learning.SearchTerms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The changes of one search term, newest first: when, by whom, what was done, and the values before and after. */
class TermHistoryDialog extends Dialog {

    TermHistoryDialog(String term, List<SearchTerms.Change> changes, Function<Instant, String> when) {
        setHeaderTitle(getTranslation("search-terms.history-title", term));
        UnorderedList list = new UnorderedList();
        list.addClassNames("entry-list", "search-term-history");
        for (SearchTerms.Change change : changes) {
            ListItem item = new ListItem(new Paragraph(getTranslation("search-terms.history.entry", when.apply(change.at()),
                    change.by() == null ? "" : change.by(), getTranslation("search-terms.change." + change.kind().name()))));
            if (change.oldTerm() != null && !Objects.equals(change.oldTerm(), change.newTerm())) {
                item.add(new Paragraph(getTranslation("search-terms.history.term", change.oldTerm(), change.newTerm())));
            }
            if (change.oldAlternatives() != null && !Objects.equals(change.oldAlternatives(), change.newAlternatives())) {
                item.add(new Paragraph(getTranslation("search-terms.history.alternatives", change.oldAlternatives(),
                        change.newAlternatives())));
            }
            if (change.oldTerm() == null) {
                item.add(new Paragraph(getTranslation("search-terms.history.created", change.newTerm(), change.newAlternatives())));
            }
            list.add(item);
        }
        add(list);
        getFooter().add(new Button(getTranslation("search-terms.close"), click -> close()));
    }
}
