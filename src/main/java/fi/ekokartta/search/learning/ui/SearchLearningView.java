package fi.ekokartta.search.learning.ui;

import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.base.export.ListExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.search.learning.SearchGaps;
import fi.ekokartta.search.learning.SearchTerms;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Haun aukot ja hakusanat (/hallinta/haku), for coordinators and administrators: a month's top
 * search gaps, each with how many services its query finds now and a button to add a search term
 * for it, and the search terms with their changes.
 */
@Route(SearchLearningView.ROUTE)
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Menu(title = "menu.search-learning", order = 98, icon = "vaadin:search-plus")
class SearchLearningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "hallinta/haku";

    private final SearchGaps gaps;
    private final SearchTerms terms;
    private final FormErrors errors = new FormErrors();
    private final Paragraph outcome = new Paragraph();
    private final Select<YearMonth> month = new Select<>();
    private final Div gapTable = new Div();
    private final Div termTable = new Div();

    SearchLearningView(SearchGaps gaps, SearchTerms terms) {
        this.gaps = gaps;
        this.terms = terms;
        addClassNames("page", "search-learning-page");
        outcome.getElement().setAttribute("role", "status");
        month.setLabel(getTranslation("search-gaps.month"));
        month.setItemLabelGenerator(value -> getTranslation("search-gaps.month-value", value.getMonthValue(), String.valueOf(value.getYear())));
        month.addValueChangeListener(event -> showGaps());
        TitledSection gapSection = new TitledSection("search-gaps-heading", getTranslation("search-gaps.title"));
        gapSection.add(new Paragraph(getTranslation("search-gaps.lead")), month, gapTable);
        TitledSection termSection = new TitledSection("search-terms-heading", getTranslation("search-terms.title"));
        Button add = new Button(getTranslation("search-terms.new"), click -> openDialog(null, null));
        termSection.add(new Paragraph(getTranslation("search-terms.lead")), add, termTable);
        add(new H1(getTranslation("search-learning.title")), errors, outcome, gapSection, termSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<YearMonth> months = gaps.months();
        YearMonth shown = month.getValue() != null && months.contains(month.getValue()) ? month.getValue() : months.getFirst();
        month.setItems(months);
        if (shown.equals(month.getValue())) {
            showGaps();
        } else {
            month.setValue(shown);
        }
        showTerms();
    }

    private void showGaps() {
        gapTable.removeAll();
        if (month.getValue() == null) {
            return;
        }
        List<SearchGaps.Gap> top = gaps.top(month.getValue());
        if (top.isEmpty()) {
            gapTable.add(new Paragraph(getTranslation("search-gaps.none")));
            return;
        }
        HtmlTable table = new HtmlTable(getTranslation("search-gaps.caption", month.getItemLabelGenerator().apply(month.getValue())),
                getTranslation("search-gaps.query"), getTranslation("search-gaps.searches"), getTranslation("search-gaps.no-results"),
                getTranslation("search-gaps.refined"), getTranslation("search-gaps.not-opened"), getTranslation("search-gaps.finds-now"),
                getTranslation("search-gaps.action"));
        for (SearchGaps.Gap gap : top) {
            Button add = new Button(getTranslation("search-gaps.add-term"), click -> openDialog(null, gap.query()));
            add.setAriaLabel(getTranslation("search-gaps.add-term-of", gap.query()));
            table.row(gap.query(), gap.searches(), gap.noResults(), gap.refined(), gap.notOpened(), gap.findsNow(), add);
        }
        String monthName = month.getItemLabelGenerator().apply(month.getValue());
        gapTable.add(new ListDownloads<>(getTranslation("search-gaps.title"), getTranslation("search-gaps.export.file"),
                () -> top, () -> List.of(new ListExport.Column<>(getTranslation("search-gaps.month"), gap -> monthName),
                new ListExport.Column<>(getTranslation("search-gaps.query"), SearchGaps.Gap::query),
                new ListExport.Column<>(getTranslation("search-gaps.searches"), SearchGaps.Gap::searches),
                new ListExport.Column<>(getTranslation("search-gaps.no-results"), SearchGaps.Gap::noResults),
                new ListExport.Column<>(getTranslation("search-gaps.refined"), SearchGaps.Gap::refined),
                new ListExport.Column<>(getTranslation("search-gaps.not-opened"), SearchGaps.Gap::notOpened),
                new ListExport.Column<>(getTranslation("search-gaps.finds-now"), SearchGaps.Gap::findsNow))), table);
    }

    private void showTerms() {
        termTable.removeAll();
        List<SearchTerms.Row> rows = terms.all();
        if (rows.isEmpty()) {
            termTable.add(new Paragraph(getTranslation("search-terms.none")));
            return;
        }
        HtmlTable table = new HtmlTable(getTranslation("search-terms.caption"), getTranslation("search-terms.term"),
                getTranslation("search-terms.kind"), getTranslation("search-terms.alternatives"), getTranslation("search-terms.state"),
                getTranslation("search-terms.changed"), getTranslation("search-terms.actions"));
        for (SearchTerms.Row row : rows) {
            Button edit = new Button(getTranslation("search-terms.edit"), click -> openDialog(row, null));
            edit.setAriaLabel(getTranslation("search-terms.edit-of", row.term()));
            Button toggle = new Button(getTranslation(row.active() ? "search-terms.deactivate" : "search-terms.activate"),
                    click -> setActive(row));
            toggle.setAriaLabel(getTranslation(row.active() ? "search-terms.deactivate-of" : "search-terms.activate-of", row.term()));
            Button history = new Button(getTranslation("search-terms.history"),
                    click -> new TermHistoryDialog(row.term(), terms.history(row.id()), this::when).open());
            history.setAriaLabel(getTranslation("search-terms.history-of", row.term()));
            Div buttons = new Div(edit, toggle, history);
            buttons.addClassName("search-term-buttons");
            table.row(row.term(), getTranslation("search-terms.kind." + row.kind().name()), String.join(", ", row.alternatives()),
                    getTranslation(row.active() ? "search-terms.active" : "search-terms.inactive"),
                    getTranslation("search-terms.changed-by", when(row.updatedAt()), row.updatedBy() == null ? "" : row.updatedBy()),
                    buttons);
        }
        termTable.add(table);
    }

    private void openDialog(SearchTerms.Row row, String gapQuery) {
        new TermDialog(terms, row, gapQuery, saved -> {
            errors.clear();
            showTerms();
            showGaps();
            outcome.setText(getTranslation("search-terms.saved", saved));
        }).open();
    }

    private void setActive(SearchTerms.Row row) {
        try {
            terms.setActive(row.id(), row.version(), !row.active());
            errors.clear();
            outcome.setText(getTranslation(row.active() ? "search-terms.deactivated" : "search-terms.activated", row.term()));
        } catch (ConflictException conflict) {
            errors.showMessage(getTranslation("search-terms.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("search-terms.error.not-allowed"));
        }
        showTerms();
        showGaps();
    }

    private String when(Instant at) {
        return at == null ? "" : FinnishDates.dateTime(LocalDateTime.ofInstant(at, FinnishDates.FINNISH_TIME), Language.of(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search-learning.page-title");
    }
}
