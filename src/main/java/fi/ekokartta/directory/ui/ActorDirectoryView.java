package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.directory.ActorDirectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Toimijat: the public directory of active actors, searched by name and narrowed by sector and
 * municipality. Every choice is in the address (/toimijat?hae=kela&sektori=STATE_AGENCY&kunta=208&sivu=2),
 * so a filtered list can be linked. Cards, not a table, so it reads on a phone.
 */
@Route(ActorDirectoryView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.actors", order = 10, icon = "vaadin:group")
class ActorDirectoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "toimijat";
    static final int PAGE_SIZE = 20;
    private static final String RESULTS_HEADING_ID = "actor-directory-results-heading";
    private static final int TYPING_PAUSE_MS = 350;

    private final ActorDirectory directory;
    private final TextField text = new TextField();
    private final Select<String> sector = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final H2 resultsHeading = FocusTarget.of(new H2());
    private final Paragraph status = new Paragraph();
    private final UnorderedList cards = new UnorderedList();
    private final Div pager = new Div();
    private boolean updating;
    private String shownText = "";
    private String shownSector = "";
    private String shownMunicipality = "";
    private int page;

    ActorDirectoryView(ActorDirectory directory) {
        this.directory = directory;
        addClassNames("page", "actor-directory-page");
        text.setLabel(getTranslation("actors.search.label"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(TYPING_PAUSE_MS);
        text.addClassName("actor-search-field");
        text.addValueChangeListener(event -> {
            if (!updating) {
                go(event.getValue(), shownSector, shownMunicipality, 0);
            }
        });
        sector.setLabel(getTranslation("actors.sector"));
        List<String> sectors = new ArrayList<>();
        sectors.add("");
        for (ActorSector value : ActorSector.values()) {
            sectors.add(value.name());
        }
        sector.setItems(sectors);
        sector.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("actors.sector.all")
                : getTranslation("sector." + value));
        sector.addValueChangeListener(event -> {
            if (!updating) {
                go(shownText, event.getValue(), shownMunicipality, 0);
            }
        });
        List<ActorDirectory.Place> places = directory.municipalities();
        List<String> codes = new ArrayList<>();
        codes.add("");
        places.forEach(place -> codes.add(place.code()));
        municipality.setLabel(getTranslation("actors.municipality"));
        municipality.setItems(codes);
        municipality.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("actors.municipality.all")
                : places.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.name().get(getLocale())).orElse(code));
        municipality.addValueChangeListener(event -> {
            if (!updating) {
                go(shownText, shownSector, event.getValue(), 0);
            }
        });
        Div filters = new Div(text, sector, municipality);
        filters.addClassName("actor-filters");
        filters.getElement().setAttribute("role", "search");
        resultsHeading.setText(getTranslation("actors.results"));
        resultsHeading.setId(RESULTS_HEADING_ID);
        status.addClassName("actor-count");
        status.getElement().setAttribute("role", "status");
        cards.addClassNames("actor-cards", "entry-list");
        pager.addClassName("pager");
        Section results = new Section(resultsHeading, status, cards, pager);
        results.getElement().setAttribute("aria-labelledby", RESULTS_HEADING_ID);
        Paragraph lead = new Paragraph(getTranslation("actors.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("actors.title")), lead, filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        shownText = first(parameters, "hae");
        shownSector = first(parameters, "sektori");
        if (!shownSector.isEmpty() && !isSector(shownSector)) {
            shownSector = "";
        }
        shownMunicipality = first(parameters, "kunta");
        if (!shownMunicipality.isEmpty() && municipality.getListDataView().getItems().noneMatch(shownMunicipality::equals)) {
            shownMunicipality = "";
        }
        try {
            page = Math.max(0, Integer.parseInt(first(parameters, "sivu")) - 1);
        } catch (NumberFormatException e) {
            page = 0;
        }
        updating = true;
        try {
            text.setValue(shownText);
            sector.setValue(shownSector);
            municipality.setValue(shownMunicipality);
        } finally {
            updating = false;
        }
        show();
    }

    private void show() {
        ActorDirectory.Listing listing = directory.find(shownText, shownSector.isEmpty() ? null : ActorSector.valueOf(shownSector),
                shownMunicipality.isEmpty() ? null : shownMunicipality, getLocale(), page * PAGE_SIZE, PAGE_SIZE);
        int pages = Math.max(1, (listing.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page >= pages) {
            page = pages - 1;
            listing = directory.find(shownText, shownSector.isEmpty() ? null : ActorSector.valueOf(shownSector),
                    shownMunicipality.isEmpty() ? null : shownMunicipality, getLocale(), page * PAGE_SIZE, PAGE_SIZE);
        }
        status.setText(listing.total() == 1 ? getTranslation("actors.count.one")
                : getTranslation("actors.count", listing.total()));
        cards.removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        listing.cards().forEach(card -> cards.add(card(card, content)));
        if (listing.total() == 0) {
            cards.add(new ListItem(getTranslation("actors.none")));
        }
        pager.removeAll();
        if (pages > 1) {
            Button previous = new Button(getTranslation("search.pager.previous"),
                    click -> goAndFocus(page - 1));
            previous.setEnabled(page > 0);
            Button next = new Button(getTranslation("search.pager.next"), click -> goAndFocus(page + 1));
            next.setEnabled(page + 1 < pages);
            pager.add(previous, new Span(getTranslation("search.pager.page", page + 1, pages)), next);
        }
    }

    private ListItem card(ActorDirectory.ActorCard card, ContentLanguage content) {
        Anchor name = content.mark(new Anchor("toimija/" + card.id(), content.text(card.name())), card.name());
        name.addClassName("actor-card-name");
        ListItem item = new ListItem(name);
        item.addClassName("actor-card");
        if (card.sector() != null) {
            Span badge = new Span(getTranslation("sector." + card.sector().name()));
            badge.addClassName("sector-badge");
            item.add(badge);
        }
        String places = String.join(", ", card.municipalities().stream().map(p -> content.text(p.name()))
                .filter(Objects::nonNull).toList());
        if (!places.isEmpty()) {
            Paragraph where = new Paragraph(getTranslation("actors.card.municipalities", places));
            where.addClassName("actor-card-municipalities");
            item.add(where);
        }
        return item;
    }

    private void goAndFocus(int toPage) {
        go(shownText, shownSector, shownMunicipality, toPage);
        FocusTarget.focus(resultsHeading);
    }

    private void go(String nextText, String nextSector, String nextMunicipality, int nextPage) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, address(nextText, nextSector, nextMunicipality, nextPage)));
    }

    /** The address of a filtered list, for links from other pages too. */
    static QueryParameters address(String text, String sector, String municipality, int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            parameters.put("hae", text.strip());
        }
        if (sector != null && !sector.isEmpty()) {
            parameters.put("sektori", sector);
        }
        if (municipality != null && !municipality.isEmpty()) {
            parameters.put("kunta", municipality);
        }
        if (page > 0) {
            parameters.put("sivu", String.valueOf(page + 1));
        }
        return QueryParameters.simple(parameters);
    }

    private static boolean isSector(String value) {
        for (ActorSector candidate : ActorSector.values()) {
            if (candidate.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actors.title") + " – Ekokartta";
    }
}
