package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.Menu;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.Network;
import fi.ekokartta.ecosystem.NetworkGraph;
import fi.ekokartta.ecosystem.RelationshipEditing;
import fi.ekokartta.ecosystem.RelationshipType;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Verkosto (/verkosto): the actors and their relationships as a picture drawn on the server, the
 * same as two tables (the relationships, and each actor's figures), narrowed by relationship type,
 * sector, municipality and client group, as the network was in a chosen year. Every choice is in
 * the address (/verkosto?tyyppi=funds,part_of&sektori=project&kunta=071&asiakasryhma=nuoret&vuosi=2024;
 * paiva=2024-06-01 for a single day). A past (or the coming) year shows the network on its last day,
 * this year today; the year is chosen on a native range slider. Coordinators, and maintainers for
 * the relationships of the actors they keep current, add and change relationships here
 * ({@link RelationshipEditing} decides who may).
 */
@Route("verkosto")
@AnonymousAllowed
@Menu(title = "menu.network", order = 13, icon = "vaadin:connect")
class NetworkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "verkosto";
    static final String TYPES = "tyyppi";
    static final String SECTOR = "sektori";
    static final String MUNICIPALITY = "kunta";
    static final String CLIENT_GROUP = "asiakasryhma";
    static final String YEAR = "vuosi";
    static final String DAY = "paiva";
    static final String NO_TYPES = "ei";
    /** One actor's relationships only in the table (the actor page's "Muokkaa suhteita"). */
    static final String ACTOR = "toimija";

    private final Network network;
    private final Network.Choices choices;
    private final CheckboxGroup<RelationshipType> types = new CheckboxGroup<>();
    private final Select<String> sector = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final Select<String> clientGroup = new Select<>();
    private final YearSlider year;
    private final RelationshipEditing editing;
    private final Div editingTools = new Div();
    private Set<UUID> editable = Set.of();
    private final Paragraph summary = new Paragraph();
    private final Paragraph actorNote = new Paragraph();
    private final Div legend = new Div();
    private final Svg picture = new Svg();
    private final Grid<NetworkGraph.Link> relationships = new Grid<>();
    private final Grid<NetworkGraph.Node> actors = new Grid<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private NetworkGraph graph;
    private boolean updating;

    NetworkView(Network network, RelationshipEditing editing) {
        this.network = network;
        this.editing = editing;
        this.choices = network.choices();
        addClassNames("page", "network-page");
        types.setLabel(getTranslation("network.filter.types"));
        types.setItems(RelationshipType.values());
        types.setItemLabelGenerator(type -> getTranslation("network.type." + type.name()));
        types.addValueChangeListener(event -> {
            if (!updating && event.isFromClient()) {
                Set<RelationshipType> chosen = event.getValue();
                go(TYPES, chosen.size() == RelationshipType.values().length ? null : chosen.isEmpty() ? NO_TYPES
                        : chosen.stream().sorted().map(type -> type.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(",")));
            }
        });
        List<String> sectors = new ArrayList<>(List.of(""));
        Arrays.stream(ActorSector.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).forEach(sectors::add);
        choice(sector, "network.filter.sector", SECTOR, sectors,
                value -> getTranslation("sector." + value.toUpperCase(Locale.ROOT)));
        choice(municipality, "network.filter.municipality", MUNICIPALITY, values(choices.municipalities()),
                value -> name(choices.municipalities(), value));
        choice(clientGroup, "network.filter.client-group", CLIENT_GROUP, values(choices.clientGroups()),
                value -> name(choices.clientGroups(), value));
        int thisYear = network.today().getYear();
        year = new YearSlider("network-year", getTranslation("network.filter.year"), choices.firstYear(), thisYear + 1,
                chosen -> getTranslation("network.year.value", String.valueOf(chosen)));
        year.addChangeListener(chosen -> {
            if (!updating) {
                parameters.remove(DAY);
                go(YEAR, chosen == thisYear ? null : String.valueOf(chosen));
            }
        });
        Div filters = new Div(year, types, sector, municipality, clientGroup);
        filters.addClassName("network-filters");
        summary.addClassName("network-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        legend.addClassName("network-legend");
        picture.addClassName("network-picture-frame");
        Div pictureScroll = new Div(picture);
        pictureScroll.addClassName("network-picture-scroll");
        pictureScroll.getElement().setAttribute("tabindex", "0");
        pictureScroll.getElement().setAttribute("role", "region");
        pictureScroll.getElement().setAttribute("aria-label", getTranslation("network.picture.region"));
        editingTools.addClassNames("entry-actions", "network-editing", "no-print");
        if (editing.mayEdit()) {
            Button add = new Button(getTranslation("network.edit.new"), click -> new RelationshipDialog(editing, null,
                    this::show).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("relationship-new");
            editingTools.add(add);
        } else {
            editingTools.setVisible(false);
        }
        relationships.setId("network-relationships");
        actors.setId("network-actors");
        relationshipColumns();
        actorColumns();
        H2 relationshipsHeading = new H2(getTranslation("network.table.relationships"));
        relationshipsHeading.setId("network-relationships-heading");
        H2 actorsHeading = new H2(getTranslation("network.table.actors"));
        actorsHeading.setId("network-actors-heading");
        relationships.setAriaLabel(getTranslation("network.table.relationships"));
        actors.setAriaLabel(getTranslation("network.table.actors"));
        Paragraph lead = new Paragraph(getTranslation("network.lead"));
        lead.addClassName("lead");
        Paragraph figures = new Paragraph(getTranslation("network.figures.explained", NetworkGraph.BRIDGES));
        figures.addClassName("network-figures-explained");
        add(new H1(getTranslation("network.title")), lead, filters, summary, pictureScroll, legend, editingTools,
                section(relationshipsHeading, actorNote, relationships), section(actorsHeading, figures, actors));
    }

    /** A table's heading and text, the table in a box of its own that scrolls sideways on a narrow screen. */
    private static Div section(com.vaadin.flow.component.Component heading, com.vaadin.flow.component.Component... rest) {
        Div section = new Div(heading);
        section.addClassName("network-table");
        for (com.vaadin.flow.component.Component part : rest) {
            if (part instanceof Grid<?>) {
                Div scroll = new Div(part);
                scroll.addClassName("network-table-scroll");
                section.add(scroll);
            } else {
                section.add(part);
            }
        }
        return section;
    }

    private void choice(Select<String> select, String labelKey, String parameter, List<String> values,
                        java.util.function.Function<String, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("network.filter.all") : label.apply(value));
        select.addValueChangeListener(event -> {
            if (!updating && event.isFromClient()) {
                go(parameter, event.getValue() == null || event.getValue().isEmpty() ? null : event.getValue());
            }
        });
    }

    private static List<String> values(List<Network.Option> options) {
        List<String> values = new ArrayList<>(List.of(""));
        options.forEach(option -> values.add(option.value()));
        return values;
    }

    private String name(List<Network.Option> options, String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.name().get(getLocale())).orElse(value);
    }

    private void go(String parameter, String value) {
        if (value == null) {
            parameters.remove(parameter);
        } else {
            parameters.put(parameter, value);
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters.clear();
        event.getLocation().getQueryParameters().getParameters().forEach((key, values) -> {
            if (!values.isEmpty() && List.of(TYPES, SECTOR, MUNICIPALITY, CLIENT_GROUP, YEAR, DAY, ACTOR).contains(key)) {
                parameters.put(key, values.getFirst());
            }
        });
        show();
    }

    private void show() {
        Set<RelationshipType> chosenTypes = chosenTypes();
        ActorSector chosenSector = Arrays.stream(ActorSector.values())
                .filter(s -> s.name().equalsIgnoreCase(parameters.getOrDefault(SECTOR, ""))).findFirst().orElse(null);
        String chosenMunicipality = known(choices.municipalities(), parameters.get(MUNICIPALITY));
        String chosenGroup = known(choices.clientGroups(), parameters.get(CLIENT_GROUP));
        LocalDate day = day();
        UUID groupId = chosenGroup == null ? null : network.clientGroup(chosenGroup);
        graph = network.graph(new NetworkGraph.Filter(chosenTypes, chosenSector, chosenMunicipality, groupId, day));

        updating = true;
        types.setValue(chosenTypes == null ? EnumSet.allOf(RelationshipType.class) : chosenTypes);
        sector.setValue(chosenSector == null ? "" : chosenSector.name().toLowerCase(Locale.ROOT));
        municipality.setValue(chosenMunicipality == null ? "" : chosenMunicipality);
        clientGroup.setValue(chosenGroup == null ? "" : chosenGroup);
        year.setValue(day.getYear());
        updating = false;

        String date = FinnishDates.date(day);
        summary.setText(getTranslation("network.summary", date, graph.actors().size(), graph.links().size(),
                graph.components()));
        picture.setSvg(NetworkSvg.svg(graph, getTranslation("network.picture", date, graph.actors().size(),
                graph.links().size()), node -> node.name().get(getLocale()), this::nodeTitle));
        showLegend();
        editable = editing.mayEdit() ? editing.editable(graph.links().stream().map(NetworkGraph.Link::id)
                .collect(Collectors.toSet())) : Set.of();
        relationships.getColumnByKey("edit").setVisible(!editable.isEmpty());
        UUID actor = chosenActor();
        actorNote.removeAll();
        actorNote.setVisible(actor != null);
        if (actor != null) {
            Map<String, String> others = new LinkedHashMap<>(parameters);
            others.remove(ACTOR);
            String query = QueryParameters.simple(others).getQueryString();
            actorNote.add(new Span(getTranslation("network.actor.only", actorName(actor)) + " "),
                    new Anchor(ROUTE + (query.isEmpty() ? "" : "?" + query), getTranslation("network.actor.all")));
            relationships.setItems(graph.links().stream()
                    .filter(link -> link.source().equals(actor) || link.target().equals(actor)).toList());
        } else {
            relationships.setItems(graph.links());
        }
        actors.setItems(graph.actors());
    }

    /** The actor in the address, if it is shown. */
    private UUID chosenActor() {
        String text = parameters.get(ACTOR);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            return graph.actors().stream().anyMatch(node -> node.id().equals(id)) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<RelationshipType> chosenTypes() {
        String text = parameters.get(TYPES);
        if (text == null) {
            return null;
        }
        Set<RelationshipType> chosen = EnumSet.noneOf(RelationshipType.class);
        for (String part : text.split(",")) {
            Arrays.stream(RelationshipType.values()).filter(type -> type.name().equalsIgnoreCase(part.trim()))
                    .forEach(chosen::add);
        }
        return chosen;
    }

    private static String known(List<Network.Option> options, String value) {
        return value != null && options.stream().anyMatch(option -> option.value().equals(value)) ? value : null;
    }

    /** The day the network is shown for: the day in the address, else the last day of the year (today this year). */
    LocalDate day() {
        LocalDate today = network.today();
        String day = parameters.get(DAY);
        if (day != null) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                parameters.remove(DAY);
            }
        }
        String chosen = parameters.get(YEAR);
        if (chosen != null) {
            try {
                int y = Integer.parseInt(chosen);
                if (y >= choices.firstYear() && y <= today.getYear() + 1 && y != today.getYear()) {
                    return LocalDate.of(y, 12, 31);
                }
            } catch (NumberFormatException e) {
                // an edited address: this year
            }
            parameters.remove(YEAR);
        }
        return today;
    }

    private void showLegend() {
        legend.removeAll();
        UnorderedList lines = new UnorderedList();
        lines.addClassName("network-legend-list");
        for (RelationshipType type : RelationshipType.values()) {
            lines.add(new ListItem(new Svg(NetworkSvg.lineSample(type)), new Span(getTranslation("network.type." + type.name()))));
        }
        UnorderedList sectors = new UnorderedList();
        sectors.addClassName("network-legend-list");
        graph.actors().stream().map(NetworkGraph.Node::sector).distinct()
                .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .forEach(s -> sectors.add(new ListItem(new Svg(NetworkSvg.sectorSample(s)), new Span(sectorName(s)))));
        Paragraph linesTitle = new Paragraph(getTranslation("network.legend.types"));
        Paragraph sectorsTitle = new Paragraph(getTranslation("network.legend.sectors"));
        linesTitle.addClassName("network-legend-title");
        sectorsTitle.addClassName("network-legend-title");
        legend.add(new Div(linesTitle, lines), new Div(sectorsTitle, sectors));
    }

    private String sectorName(ActorSector s) {
        return s == null ? getTranslation("network.sector.none") : getTranslation("sector." + s.name());
    }

    private String nodeTitle(NetworkGraph.Node node) {
        NetworkGraph.Metrics metrics = graph.metrics(node.id());
        return getTranslation("network.node.title", node.name().get(getLocale()), sectorName(node.sector()), metrics.in(),
                metrics.out());
    }

    private String actorName(UUID id) {
        return graph.actors().stream().filter(node -> node.id().equals(id)).findFirst()
                .map(node -> node.name().get(getLocale())).orElse("");
    }

    private void relationshipColumns() {
        relationships.addComponentColumn(link -> new Anchor("toimija/" + link.source(), actorName(link.source())))
                .setHeader(getTranslation("network.column.source")).setComparator(link -> actorName(link.source()))
                .setWidth("11rem").setFlexGrow(1);
        relationships.addColumn(link -> getTranslation("network.type." + link.type().name()))
                .setHeader(getTranslation("network.column.type")).setSortable(true).setAutoWidth(true);
        relationships.addComponentColumn(link -> new Anchor("toimija/" + link.target(), actorName(link.target())))
                .setHeader(getTranslation("network.column.target")).setComparator(link -> actorName(link.target()))
                .setWidth("11rem").setFlexGrow(1);
        relationships.addColumn(link -> link.description() == null ? "" : nullToEmpty(link.description().get(getLocale())))
                .setHeader(getTranslation("network.column.description")).setSortable(true).setWidth("14rem").setFlexGrow(2);
        relationships.addColumn(this::validity).setHeader(getTranslation("network.column.validity")).setSortable(true)
                .setAutoWidth(true);
        relationships.addComponentColumn(this::editButton).setKey("edit")
                .setHeader(getTranslation("network.edit.column")).setAutoWidth(true).setFlexGrow(0);
        relationships.setAllRowsVisible(true);
        relationships.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private com.vaadin.flow.component.Component editButton(NetworkGraph.Link link) {
        if (!editable.contains(link.id())) {
            return new Span();
        }
        Button edit = new Button(getTranslation("network.edit.edit"), click -> editing.load(link.id())
                .ifPresentOrElse(existing -> new RelationshipDialog(editing, existing, this::show).open(), this::show));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("relationship-edit");
        edit.getElement().setAttribute("aria-label", getTranslation("network.edit.edit.of", actorName(link.source()),
                actorName(link.target())));
        return edit;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String validity(NetworkGraph.Link link) {
        if (link.validFrom() == null && link.validTo() == null) {
            return getTranslation("network.validity.always");
        }
        return (link.validFrom() == null ? "" : FinnishDates.date(link.validFrom())) + "–"
                + (link.validTo() == null ? "" : FinnishDates.date(link.validTo()));
    }

    private void actorColumns() {
        actors.addComponentColumn(node -> new Anchor("toimija/" + node.id(), node.name().get(getLocale())))
                .setHeader(getTranslation("network.column.actor")).setComparator(node -> node.name().get(getLocale()))
                .setAutoWidth(true).setFlexGrow(2);
        actors.addColumn(node -> sectorName(node.sector())).setHeader(getTranslation("network.column.sector"))
                .setSortable(true).setAutoWidth(true);
        actors.addColumn(node -> graph.metrics(node.id()).in()).setHeader(getTranslation("network.column.in"))
                .setSortable(true).setAutoWidth(true);
        actors.addColumn(node -> graph.metrics(node.id()).out()).setHeader(getTranslation("network.column.out"))
                .setSortable(true).setAutoWidth(true);
        actors.addColumn(node -> betweenness(graph.metrics(node.id()).betweenness()))
                .setComparator(node -> graph.metrics(node.id()).betweenness())
                .setHeader(getTranslation("network.column.betweenness")).setAutoWidth(true);
        actors.addColumn(this::note).setHeader(getTranslation("network.column.note")).setSortable(true).setAutoWidth(true);
        actors.setAllRowsVisible(true);
        actors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private String betweenness(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String note(NetworkGraph.Node node) {
        NetworkGraph.Metrics metrics = graph.metrics(node.id());
        return metrics.isolated() ? getTranslation("network.note.isolated")
                : metrics.bridge() ? getTranslation("network.note.bridge") : "";
    }

    NetworkGraph graph() {
        return graph;
    }

    String svg() {
        return picture.getElement().getProperty("innerHTML");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.title") + " – Ekokartta";
    }
}
