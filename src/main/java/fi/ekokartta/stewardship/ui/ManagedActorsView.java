package fi.ekokartta.stewardship.ui;

import fi.ekokartta.base.ui.ListDownloads;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.stewardship.Reassurance;
import fi.ekokartta.stewardship.ManagedActor;
import fi.ekokartta.stewardship.ManagedActorFilter;
import fi.ekokartta.stewardship.ManagedActorListService;
import fi.ekokartta.stewardship.ManagedActorSort;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The keepers' list of actors (/hallinta/toimijat), the twin of the services' list: archived
 * actors too, narrowed by words, own organizations, organization (it and its units),
 * municipality, sector, status, overdue review and open reports, sortable by every column but the
 * reports, paged by the grid from rows read once per filter, and exported as shown.
 */
@Route(ManagedActorsView.ROUTE)
@RolesAllowed({"ADMIN", "COORDINATOR", "MAINTAINER"})
@Menu(title = "menu.managed-actors", order = 92, icon = "vaadin:office")
class ManagedActorsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** The key of the column of "Tiedot ovat ajan tasalla" buttons. */
    static final String REASSURE = "reassure";

    static final String ROUTE = "hallinta/toimijat";

    private final TextField text = new TextField();
    private final Checkbox mine = new Checkbox();
    private final Select<UUID> organization = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final Select<ActorSector> sector = new Select<>();
    private final Select<ActorStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox reported = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    private final Reassurance reassurance;
    private final Grid<ManagedActor> grid = new Grid<>();
    private final Span count = new Span();
    /** "Merkitse valitut ajan tasalla oleviksi", for those who may re-assure; else none. */
    private BulkReassure<ManagedActor> bulk;
    private final SortedRows<ManagedActorFilter, ManagedActorSort, ManagedActor> rows;

    ManagedActorsView(ManagedActorListService actors, FacetCatalog catalog, Reassurance reassurance) {
        this.reassurance = reassurance;
        rows = new SortedRows<>(actors::all, ManagedActorSort.class, ManagedActorSort.NAME);
        addClassNames("page", "managed-list-page");
        Map<UUID, String> organizations = ListFilterChoices.organizations(actors.organizations(), getLocale());
        Map<String, String> municipalities = ListFilterChoices.municipalities(catalog, getLocale());
        text.setLabel(getTranslation("managed.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        mine.setLabel(getTranslation("managed.filter.mine"));
        ListFilterChoices.configure(organization, "managed.filter.parent", List.copyOf(organizations.keySet()),
                organizations::get);
        ListFilterChoices.configure(municipality, "managed.filter.municipality", List.copyOf(municipalities.keySet()),
                municipalities::get);
        ListFilterChoices.configure(sector, "managed.filter.sector", Arrays.asList(ActorSector.values()),
                value -> getTranslation("sector." + value.name()));
        ListFilterChoices.configure(status, "managed.filter.status", Arrays.asList(ActorStatus.values()),
                value -> getTranslation("managed.actor-status." + value.name()));
        overdue.setLabel(getTranslation("managed.filter.overdue"));
        reported.setLabel(getTranslation("managed.filter.reported"));
        dueSoon.setLabel(getTranslation("managed.filter.due-soon"));
        List.<HasValue<?, ?>>of(text, mine, organization, municipality, sector, status, overdue, dueSoon, reported)
                .forEach(field -> field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));
        Div filters = new Div(text, mine, organization, municipality, sector, status, overdue, dueSoon, reported);
        filters.addClassName("managed-filters");
        configureGrid();
        count.addClassName("managed-count");
        count.getElement().setAttribute("aria-live", "polite");
        Anchor create = new Anchor(ActorLinks.NEW, getTranslation("managed.actors.new"));
        create.addClassName("managed-new");
        add(new H1(getTranslation("managed.actors.title")), create, filters, new Div(count, new ListDownloads<>(
                getTranslation("managed.actors.title"), getTranslation("managed.actors.export.file"),
                () -> rows.shown(grid, filter(), getLocale()), this::exportColumns)));
        if (bulk != null) {
            add(new Div(bulk));
        }
        add(grid);
    }

    static String byStatus(ActorStatus status) {
        return ROUTE + "?" + ListParameters.STATUS + "=" + status.name();
    }

    /** The address may choose a status, municipality, overdue reviews or open reports, as the dashboard's links do. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        status.setValue(ListParameters.choice(parameters, ListParameters.STATUS, ActorStatus.class).orElse(null));
        overdue.setValue(ListParameters.flag(parameters, ListParameters.OVERDUE));
        reported.setValue(ListParameters.flag(parameters, ListParameters.REPORTED));
        dueSoon.setValue(ListParameters.flag(parameters, ListParameters.DUE_SOON));
        municipality.setValue(ListParameters.offered(parameters, ListParameters.MUNICIPALITY, code -> code, municipality)
                .orElse(null));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("managed.actors.title"));
        grid.addComponentColumn(row -> new Anchor(ActorLinks.editor(row.id()), row.name().get(getLocale())))
                .setHeader(getTranslation("managed.column.name")).setKey(ManagedActorSort.NAME.name()).setSortable(true)
                .setWidth("18rem").setFlexGrow(2);
        column(row -> text(row.parent()), ManagedActorSort.PARENT, "managed.column.parent")
                .setAutoWidth(false).setWidth("14rem").setFlexGrow(1);
        column(this::sector, ManagedActorSort.SECTOR, "managed.column.sector");
        column(this::status, ManagedActorSort.STATUS, "managed.column.status");
        column(row -> date(row.lastAssured()), ManagedActorSort.LAST_ASSURED, "managed.column.assured");
        column(this::due, ManagedActorSort.NEXT_REVIEW_DUE, "managed.column.due");
        column(row -> row.responsible() == null ? "" : row.responsible(), ManagedActorSort.RESPONSIBLE,
                "managed.column.responsible");
        grid.addColumn(row -> row.openReports() == 0 ? "" : String.valueOf(row.openReports()))
                .setHeader(getTranslation("managed.column.reports")).setAutoWidth(true);
        if (reassurance.mayReassure()) {
            grid.addComponentColumn(row -> new ReassureButton(reassurance, EntryKind.ACTOR, row.id(), row.name().get(getLocale()),
                    done -> {
                        rows.forget();
                        grid.getDataProvider().refreshAll();
                    }).small()).setHeader(getTranslation("managed.column.review")).setKey(REASSURE).setAutoWidth(true)
                    .setFrozenToEnd(true);
            bulk = new BulkReassure<>(reassurance, EntryKind.ACTOR, grid, ManagedActor::id, () -> {
                rows.forget();
                grid.getDataProvider().refreshAll();
            });
        }
        grid.setMultiSort(false);
        rows.bind(grid, this::filter, this::getLocale, shown -> count.setText(getTranslation("managed.actors.count", shown)));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(ManagedActorSort.NAME.name())).build());
    }

    private Grid.Column<ManagedActor> column(Function<ManagedActor, String> value, ManagedActorSort sort, String header) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setKey(sort.name()).setSortable(true)
                .setAutoWidth(true);
    }

    private String sector(ManagedActor row) {
        return row.sector() == null ? "" : getTranslation("sector." + row.sector().name());
    }

    private String status(ManagedActor row) {
        return getTranslation("managed.actor-status." + row.status().name());
    }

    private String due(ManagedActor row) {
        String due = date(row.nextReviewDue());
        return switch (row.reviewState(FinnishDates.today())) {
            case OVERDUE -> getTranslation("managed.overdue", due);
            case DUE_SOON -> getTranslation("managed.due-soon", due);
            case CURRENT -> due;
        };
    }

    private List<ListExport.Column<ManagedActor>> exportColumns() {
        return List.of(
                new ListExport.Column<>(getTranslation("managed.column.name"), row -> row.name().get(getLocale())),
                new ListExport.Column<>(getTranslation("managed.column.parent"), row -> text(row.parent())),
                new ListExport.Column<>(getTranslation("managed.column.sector"), this::sector),
                new ListExport.Column<>(getTranslation("managed.column.status"), this::status),
                new ListExport.Column<>(getTranslation("managed.column.assured"), ManagedActor::lastAssured),
                new ListExport.Column<>(getTranslation("managed.column.due"), ManagedActor::nextReviewDue),
                new ListExport.Column<>(getTranslation("managed.column.responsible"), ManagedActor::responsible),
                new ListExport.Column<>(getTranslation("managed.column.reports"), ManagedActor::openReports),
                new ListExport.Column<>(getTranslation("managed.column.address"), row -> ActorLinks.editor(row.id())));
    }

    ManagedActorFilter filter() {
        return new ManagedActorFilter(text.getValue(), mine.getValue(), organization.getValue(), municipality.getValue(),
                sector.getValue(), status.getValue(), overdue.getValue(), reported.getValue(),
                dueSoon.getValue());
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.get(getLocale());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : FinnishDates.date(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("managed.actors.title") + " – Ekokartta";
    }
}
