package fi.ekokartta.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.base.ui.SkipLink;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.guidance.ui.AddToShortlistButton;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.search.ServiceSearchResult;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Palvelut: browse the directory by the service taxonomy, narrowed to a municipality and a target
 * group. Each class link carries the number of services it holds under the current choices; every
 * choice is in the address (/palvelut?luokka=2.1&kunta=208&kohderyhma=nuoret).
 */
@Route("palvelut")
@AnonymousAllowed
@Menu(title = "menu.browse", order = 2, icon = "vaadin:list")
class BrowseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "palvelut";
    static final String RESULTS_HEADING_ID = "browse-results-heading";
    private static final int PAGE_SIZE = 30;
    private static final Set<NavigationTrigger> LINK_TRIGGERS = EnumSet.of(NavigationTrigger.CLIENT_SIDE,
            NavigationTrigger.ROUTER_LINK);

    private final ServiceSearch search;
    private final FacetCatalog catalog;
    private final ShortlistService shortlists;
    private final SearchAddress address;
    private final Select<String> municipality = new Select<>();
    private final Select<String> targetGroup = new Select<>();
    private final Nav tree = new Nav();
    private final Div results = new Div();
    private final Paragraph unknownCodes = new Paragraph();
    private ServiceQuery query = ServiceQuery.of("");
    private boolean updating;
    private H2 resultsHeading;

    BrowseView(ServiceSearch search, FacetCatalog catalog, ShortlistService shortlists) {
        this.search = search;
        this.catalog = catalog;
        this.shortlists = shortlists;
        this.address = new SearchAddress(catalog);
        addClassNames("page", "browse-page");
        choice(municipality, "browse.municipality", "browse.municipality.all", ServiceIndexFields.MUNICIPALITY,
                catalog.municipalities());
        choice(targetGroup, "browse.target-group", "browse.target-group.all", ServiceIndexFields.TARGET_GROUP,
                catalog.targetGroups());
        Div choices = new Div(municipality, targetGroup);
        choices.addClassName("browse-choices");
        tree.addClassName("class-tree");
        tree.getElement().setAttribute("aria-label", getTranslation("browse.classes"));
        results.addClassName("browse-results");
        Div columns = new Div(tree, results);
        columns.addClassName("browse-columns");
        unknownCodes.addClassName("notice");
        unknownCodes.getElement().setAttribute("role", "alert");
        SkipLink toResults = new SkipLink(RESULTS_HEADING_ID, getTranslation("search.skip-to-results"));
        toResults.addClassName("skip-to-results");
        add(new H1(getTranslation("browse.title")), new Paragraph(getTranslation("browse.lead")), unknownCodes, choices,
                toResults, columns);
    }

    private void choice(Select<String> select, String labelKey, String allKey, String field, List<FacetCatalog.Entry> entries) {
        select.setLabel(getTranslation(labelKey));
        List<String> values = new ArrayList<>();
        values.add("");
        entries.forEach(entry -> values.add(entry.value()));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation(allKey) : entries.stream()
                .filter(entry -> entry.value().equals(value)).findFirst().map(entry -> entry.name().get(getLocale()))
                .orElse(value));
        select.addValueChangeListener(event -> {
            if (!updating && event.isFromClient()) {
                go(query.withFilter(field, event.getValue().isEmpty() ? Set.of() : Set.of(event.getValue())).withPage(0, PAGE_SIZE));
            }
        });
    }

    /**
     * A class or page link of this view rebuilds the links, so the one that had focus is gone:
     * focus moves to the heading of the new results. (The browser reports a plain link as a
     * client-side navigation, a router link as a router link.)
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean ownLink = isAttached() && LINK_TRIGGERS.contains(event.getTrigger());
        ServiceQuery read = address.read(event.getLocation().getQueryParameters(), PAGE_SIZE, getLocale().getLanguage());
        List<String> unknown = address.unknownCodes(event.getLocation().getQueryParameters());
        unknownCodes.setText(unknown.isEmpty() ? "" : getTranslation("search.address.unknown", String.join(", ", unknown)));
        unknownCodes.setVisible(!unknown.isEmpty());
        query = new ServiceQuery("", Map.of(), read.page(), PAGE_SIZE, read.language());
        for (String field : List.of(ServiceIndexFields.CLASS, ServiceIndexFields.MUNICIPALITY, ServiceIndexFields.TARGET_GROUP)) {
            query = query.withFilter(field, read.filters().getOrDefault(field, Set.of()));
        }
        show();
        if (ownLink) {
            FocusTarget.focus(resultsHeading);
        }
    }

    private void go(ServiceQuery next) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, address.write(next)));
    }

    /** A page beyond the last (an old or edited address) shows the last page. */
    private void show() {
        ServiceSearchResult result = search.search(query);
        if (result.cards().isEmpty() && result.total() > 0 && query.page() > 0) {
            query = query.withPage((int) ((result.total() - 1) / PAGE_SIZE), PAGE_SIZE);
            result = search.search(query);
        }
        updating = true;
        municipality.setValue(single(ServiceIndexFields.MUNICIPALITY).orElse(""));
        targetGroup.setValue(single(ServiceIndexFields.TARGET_GROUP).orElse(""));
        updating = false;
        showTree(result.facets().getOrDefault(ServiceIndexFields.CLASS, Map.of()));
        showResults(result);
    }

    private Optional<String> single(String field) {
        return query.filters().getOrDefault(field, Set.of()).stream().findFirst();
    }

    private void showTree(Map<String, Long> counts) {
        tree.removeAll();
        H2 heading = new H2(getTranslation("browse.classes"));
        UnorderedList top = new UnorderedList();
        UnorderedList current = null;
        String chosen = single(ServiceIndexFields.CLASS).orElse(null);
        top.add(new ListItem(classLink(null, getTranslation("browse.all-classes"), null, chosen == null)));
        for (FacetCatalog.Entry entry : catalog.classes()) {
            long count = counts.getOrDefault(entry.value(), 0L);
            Anchor link = classLink(entry.value(), entry.name().get(getLocale()), count, entry.value().equals(chosen));
            ListItem item = new ListItem(link);
            if (entry.depth() == 0) {
                current = new UnorderedList();
                item.add(current);
                top.add(item);
            } else if (current != null && count > 0) {
                current.add(item);
            }
        }
        tree.add(heading, top);
    }

    private Anchor classLink(String classId, String name, Long count, boolean chosen) {
        ServiceQuery target = query.withFilter(ServiceIndexFields.CLASS, classId == null ? Set.of() : Set.of(classId))
                .withPage(0, PAGE_SIZE);
        Anchor link = new Anchor(href(target), count == null ? name : name + " (" + count + ")");
        if (chosen) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    /** The address of this view showing another query. */
    private String href(ServiceQuery target) {
        String parameters = address.write(target).getQueryString();
        return parameters.isEmpty() ? ROUTE : ROUTE + "?" + parameters;
    }

    private void showResults(ServiceSearchResult result) {
        results.removeAll();
        String chosen = single(ServiceIndexFields.CLASS).orElse(null);
        String heading = chosen == null ? getTranslation("browse.all-classes") : catalog.classes().stream()
                .filter(entry -> entry.value().equals(chosen)).findFirst()
                .map(entry -> entry.name().get(getLocale())).orElse(chosen);
        H2 title = FocusTarget.of(new H2(heading));
        title.setId(RESULTS_HEADING_ID);
        resultsHeading = title;
        Paragraph count = new Paragraph(result.total() == 1 ? getTranslation("search.results.one")
                : getTranslation("search.results.count", result.total()));
        count.getElement().setAttribute("role", "status");
        OrderedList list = new OrderedList();
        list.addClassName("results");
        boolean listing = shortlists.isAvailable();
        Set<UUID> listed = listing ? shortlists.listedServices() : Set.of();
        result.cards().forEach(card -> list.add(new ResultCard(card,
                listing ? new AddToShortlistButton(shortlists, card.id(), card.name(), listed.contains(card.id())) : null)));
        results.add(title, count, list);
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages > 1) {
            Div pager = new Div();
            pager.addClassName("pager");
            if (query.page() > 0) {
                pager.add(new Anchor(href(query.withPage(query.page() - 1, PAGE_SIZE)),
                        getTranslation("search.pager.previous")));
            }
            pager.add(new Span(getTranslation("search.pager.page", query.page() + 1, pages)));
            if (query.page() + 1 < pages) {
                pager.add(new Anchor(href(query.withPage(query.page() + 1, PAGE_SIZE)),
                        getTranslation("search.pager.next")));
            }
            results.add(pager);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("browse.title") + " – Ekokartta";
    }
}
