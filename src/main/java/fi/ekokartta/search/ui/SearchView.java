package fi.ekokartta.search.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.ui.AddressBar;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.base.ui.SkipLink;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.directory.ActorDirectory;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.guidance.ui.AddToShortlistButton;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.search.SearchLimits;
import fi.ekokartta.search.ServiceCard;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.search.ServiceSearchResult;
import fi.ekokartta.search.learning.GapTracker;
import fi.ekokartta.search.learning.SearchGapLog;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Palveluhaku: search as you type (after a pause, not per keystroke), facets with counts, result
 * cards, and help when little is found. Every choice is in the address, so a search can be shared,
 * and each search is one step of the browser's history: a choice or a page is a navigation of its
 * own, while the pauses of one typed search replace its entry (a typed search ends with Enter or
 * any other change). Back and forward show a step again from its address; showing it adds none.
 */
@Route(SearchView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.search", order = 1, icon = "vaadin:search")
class SearchView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String ROUTE = "haku";
    static final String RESULTS_HEADING_ID = "search-results-heading";
    static final String ACTOR_RESULTS_HEADING_ID = "search-actor-results-heading";
    /** Actors shown beside the services; the rest are behind a link to /toimijat. */
    static final int ACTORS_SHOWN = 5;
    private static final int TYPING_PAUSE_MS = 350;

    private final ServiceSearch search;
    private final ShortlistService shortlists;
    private final ActorDirectory actors;
    private final Section actorResults = new Section();
    private final SearchAddress address;
    private final TextField text = new TextField();
    private final H2 resultsHeading = FocusTarget.of(new H2());
    private final Div status = new Div();
    private final Div help = new Div();
    private final OrderedList results = new OrderedList();
    private final Div pager = new Div();
    private final SearchFilters filters;
    private ServiceQuery query = ServiceQuery.of("");
    /** Choices in the opened address that do not exist, named until the user changes the search. */
    private List<String> unknownInAddress = List.of();
    /** Whether the text being typed already has its history entry, so that a further pause replaces it. */
    private boolean typing;
    /** Issue 15: how this view's searches ended, for the anonymous gap log. */
    private final GapTracker gaps;

    SearchView(ServiceSearch search, FacetCatalog catalog, ShortlistService shortlists, ActorDirectory actors,
               SearchGapLog gapLog) {
        this.gaps = GapTracker.of(gapLog);
        this.search = search;
        this.shortlists = shortlists;
        this.actors = actors;
        this.address = new SearchAddress(catalog);
        this.filters = new SearchFilters(catalog, getLocale(), (field, values) -> go(query.withFilter(field, values).withPage(0, PAGE_SIZE)));
        addClassNames("page", "search-page");
        text.setLabel(getTranslation("search.field.label"));
        text.setPlaceholder(getTranslation("search.field.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(TYPING_PAUSE_MS);
        text.addClassName("search-field");
        text.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                type(query.withText(event.getValue()).withPage(0, PAGE_SIZE));
            }
        });
        text.addKeyDownListener(Key.ENTER, event -> {
            typing = false;
            FocusTarget.focus(resultsHeading);
        });
        Div searchBox = new Div(text);
        searchBox.addClassName("search-box");
        searchBox.getElement().setAttribute("role", "search");
        SkipLink toResults = new SkipLink(RESULTS_HEADING_ID, getTranslation("search.skip-to-results"));
        toResults.addClassName("skip-to-results");
        resultsHeading.setText(getTranslation("search.results.title"));
        resultsHeading.setId(RESULTS_HEADING_ID);
        resultsHeading.addClassName("results-heading");
        status.addClassName("search-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        results.addClassName("results");
        pager.addClassName("pager");
        Section main = new Section(resultsHeading, status, help, results, pager);
        main.addClassName("search-results");
        main.getElement().setAttribute("aria-labelledby", RESULTS_HEADING_ID);
        Div columns = new Div(filters.toggle(), filters, main);
        columns.addClassName("search-columns");
        actorResults.addClassName("actor-results");
        actorResults.getElement().setAttribute("aria-labelledby", ACTOR_RESULTS_HEADING_ID);
        actorResults.setVisible(false);
        add(new H1(getTranslation("search.title")), searchBox, toResults, actorResults, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ServiceQuery fromAddress = address.read(event.getLocation().getQueryParameters(), PAGE_SIZE,
                getLocale().getLanguage());
        unknownInAddress = address.unknownCodes(event.getLocation().getQueryParameters());
        typing = false;
        text.setValue(fromAddress.text());
        show(fromAddress);
    }

    /**
     * The first pause of a typed search is a new step in the history and the next pauses replace
     * it. Every navigation, this first one too, ends the typed search before it ({@link #beforeEnter}).
     */
    private void type(ServiceQuery next) {
        if (typing) {
            unknownInAddress = List.of();
            show(next);
            getUI().ifPresent(ui -> AddressBar.replace(ui, new Location(ROUTE, address.write(query))));
        } else {
            go(next);
            typing = true;
        }
    }

    /** A new step in the history, unless the search stays the same; {@link #beforeEnter} shows it. */
    private void go(ServiceQuery next) {
        QueryParameters target = address.write(next);
        if (!target.equals(address.write(query))) {
            getUI().ifPresent(ui -> ui.navigate(ROUTE, target));
        }
    }

    /** A button that showed the results is gone with them: focus moves to the new results. */
    private void goAndFocusResults(ServiceQuery next) {
        go(next);
        FocusTarget.focus(resultsHeading);
    }

    /**
     * A text beyond {@link SearchLimits} is searched from its beginning, and the help says so; a
     * page beyond the last (an old or edited address) shows the last page.
     */
    private void show(ServiceQuery asked) {
        SearchLimits.Bounded text = SearchLimits.cut(asked.text());
        ServiceQuery next = asked.withText(text.text());
        ServiceSearchResult result = search.search(next);
        if (result.cards().isEmpty() && result.total() > 0 && next.page() > 0) {
            next = next.withPage((int) ((result.total() - 1) / PAGE_SIZE), PAGE_SIZE);
            result = search.search(next);
        }
        query = next;
        filters.show(next, result.facets());
        status.setText(result.total() == 1 ? getTranslation("search.results.one")
                : getTranslation("search.results.count", result.total()));
        results.removeAll();
        boolean listing = shortlists.isAvailable();
        Set<UUID> listed = listing ? shortlists.listedServices() : Set.of();
        result.cards().forEach(card -> results.add(new ResultCard(card, listing ? shortlistButton(card, listed.contains(card.id())) : null)));
        showHelp(result, text.cut());
        showPager(result.total());
        showActors(next.text());
        gaps.searched(next.text(), result.total());
    }

    /** Putting a service on the client's list uses the result as much as opening it. */
    private AddToShortlistButton shortlistButton(ServiceCard card, boolean listed) {
        AddToShortlistButton button = new AddToShortlistButton(shortlists, card.id(), card.name(), listed);
        button.addClickListener(click -> gaps.opened());
        return button;
    }

    /** Opening a service from the results (its card's link) is what the gap log counts as a result used. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (event.getLocation().getPath().startsWith(ResultCard.SERVICE_ROUTE)) {
            gaps.opened();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        gaps.left();
        super.onDetach(event);
    }

    /** The actors whose name or description matches the text, a few of them, with a link to all of them. */
    private void showActors(String searched) {
        actorResults.removeAll();
        if (searched == null || searched.isBlank()) {
            actorResults.setVisible(false);
            return;
        }
        ActorDirectory.Listing found = actors.find(searched, null, null, getLocale(), 0, ACTORS_SHOWN);
        actorResults.setVisible(found.total() > 0);
        if (found.total() == 0) {
            return;
        }
        H2 heading = new H2(getTranslation("search.actors.title", found.total()));
        heading.setId(ACTOR_RESULTS_HEADING_ID);
        UnorderedList list = new UnorderedList();
        list.addClassName("actor-result-list");
        ContentLanguage content = new ContentLanguage(getLocale());
        found.cards().forEach(card -> {
            ListItem item = new ListItem(content.mark(new Anchor("toimija/" + card.id(), content.text(card.name())), card.name()));
            if (card.sector() != null) {
                Span sector = new Span(getTranslation("sector." + card.sector().name()));
                sector.addClassName("sector-badge");
                item.add(new Span(" "), sector);
            }
            list.add(item);
        });
        Anchor all = new Anchor(new Location("toimijat", QueryParameters.of("hae", searched.strip())).getPathWithQueryParameters(),
                getTranslation("search.actors.all", found.total()));
        all.addClassName("actor-results-all");
        actorResults.add(heading, list, all);
    }

    private void showHelp(ServiceSearchResult result, boolean textCut) {
        help.removeAll();
        if (!unknownInAddress.isEmpty()) {
            help.add(new Paragraph(getTranslation("search.address.unknown", String.join(", ", unknownInAddress))));
        }
        if (textCut) {
            help.add(new Paragraph(getTranslation("search.limit.cut", SearchLimits.MAX_WORDS, SearchLimits.MAX_CHARACTERS)));
        }
        if (result.timedOut()) {
            help.add(new Paragraph(getTranslation("search.results.timed-out")));
        }
        if (!result.municipalitiesInText().isEmpty()) {
            help.add(new Paragraph(getTranslation("search.results.municipality", String.join(", ",
                    result.municipalitiesInText().stream().map(this::municipalityName).collect(Collectors.toList())))));
        }
        if (!result.ignoredWords().isEmpty()) {
            Paragraph ignored = new Paragraph(getTranslation("search.results.ignored", String.join(", ", result.ignoredWords())));
            ignored.addClassName("ignored-words");
            help.add(ignored);
        }
        if (result.didYouMean() != null) {
            Button respell = new Button(result.didYouMean(),
                    click -> goAndFocusResults(query.withText(result.didYouMean()).withPage(0, PAGE_SIZE)));
            respell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Paragraph suggestion = new Paragraph(new Span(getTranslation("search.did-you-mean") + " "), respell);
            suggestion.addClassName("did-you-mean");
            help.add(suggestion);
        }
        if (result.broadened() && result.total() > 0) {
            help.add(new Paragraph(getTranslation("search.results.broadened")));
        }
        if (result.everyWord() > 0 && result.total() > result.everyWord()) {
            help.add(new Paragraph(getTranslation("search.results.every-word-first", result.everyWord())));
        }
        if (result.municipalityIgnored()) {
            help.add(new Paragraph(getTranslation("search.results.municipality-ignored")));
        }
        if (result.total() == 0) {
            help.add(new Paragraph(getTranslation("search.results.none")), new Paragraph(getTranslation("search.help.shorter")));
            if (!query.filters().isEmpty()) {
                Button clear = new Button(getTranslation("search.help.remove-filters"),
                        click -> goAndFocusResults(new ServiceQuery(query.text(), null, 0, PAGE_SIZE, query.language())));
                help.add(clear);
            }
        }
    }

    private void showPager(long total) {
        pager.removeAll();
        long pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages <= 1) {
            return;
        }
        Button previous = new Button(getTranslation("search.pager.previous"),
                click -> goAndFocusResults(query.withPage(query.page() - 1, PAGE_SIZE)));
        previous.setEnabled(query.page() > 0);
        Button next = new Button(getTranslation("search.pager.next"),
                click -> goAndFocusResults(query.withPage(query.page() + 1, PAGE_SIZE)));
        next.setEnabled(query.page() + 1 < pages);
        pager.add(previous, new Span(getTranslation("search.pager.page", query.page() + 1, pages)), next);
    }

    private String municipalityName(String code) {
        return filters.municipalityName(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.page-title");
    }

}
