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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.stewardship.Reassurance;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.stewardship.ManagedService;
import fi.ekokartta.stewardship.ManagedServiceFilter;
import fi.ekokartta.stewardship.ManagedServiceListService;
import fi.ekokartta.stewardship.ManagedServiceSort;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The keepers' list of services (/hallinta/palvelut): drafts and archived ones too, narrowed by
 * words, own organizations, organization, municipality, class, status, overdue review and open
 * reports, sortable by every column, read from the server a page at a time, and exported as
 * shown to Excel or CSV.
 */
@Route(ManagedServicesView.ROUTE)
@RolesAllowed({"ADMIN", "COORDINATOR", "MAINTAINER"})
@Menu(title = "menu.managed-services", order = 91, icon = "vaadin:list-ul")
class ManagedServicesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** The key of the column of "Tiedot ovat ajan tasalla" buttons. */
    static final String REASSURE = "reassure";

    static final String ROUTE = "hallinta/palvelut";
    /** The service editor's address; the list links each name there, and to a new service. */
    static final String SERVICE_EDITOR = "hallinta/palvelu/";
    private final TextField text = new TextField();
    private final Checkbox mine = new Checkbox();
    private final Select<UUID> organization = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final Select<String> serviceClass = new Select<>();
    private final Select<OfferingStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox reported = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    /** The responsible person the dashboard's link narrows to; shown, not chosen. */
    private final Span responsibleNote = new Span();
    private String responsible;
    private final Reassurance reassurance;
    private final Grid<ManagedService> grid = new Grid<>();
    private final Span count = new Span();
    /** "Merkitse valitut ajan tasalla oleviksi", for those who may re-assure; else none. */
    private BulkReassure<ManagedService> bulk;
    private final SortedRows<ManagedServiceFilter, ManagedServiceSort, ManagedService> rows;

    ManagedServicesView(ManagedServiceListService services, FacetCatalog catalog, Reassurance reassurance) {
        this.reassurance = reassurance;
        rows = new SortedRows<>(services::all, ManagedServiceSort.class, ManagedServiceSort.NAME);
        addClassNames("page", "managed-list-page");
        Map<UUID, String> organizations = ListFilterChoices.organizations(services.organizations(), getLocale());
        Map<String, String> municipalities = ListFilterChoices.municipalities(catalog, getLocale());
        Map<String, String> classes = new LinkedHashMap<>();
        catalog.classes().forEach(entry -> classes.put(entry.code(), "– ".repeat(entry.depth()) + entry.name().get(getLocale())));
        text.setLabel(getTranslation("managed.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        mine.setLabel(getTranslation("managed.filter.mine"));
        ListFilterChoices.configure(organization, "managed.filter.organization", List.copyOf(organizations.keySet()),
                organizations::get);
        ListFilterChoices.configure(municipality, "managed.filter.municipality", List.copyOf(municipalities.keySet()),
                municipalities::get);
        ListFilterChoices.configure(serviceClass, "managed.filter.class", List.copyOf(classes.keySet()), classes::get);
        ListFilterChoices.configure(status, "managed.filter.status", Arrays.asList(OfferingStatus.values()),
                value -> getTranslation("managed.status." + value.name()));
        overdue.setLabel(getTranslation("managed.filter.overdue"));
        reported.setLabel(getTranslation("managed.filter.reported"));
        dueSoon.setLabel(getTranslation("managed.filter.due-soon"));
        List.<HasValue<?, ?>>of(text, mine, organization, municipality, serviceClass, status, overdue, dueSoon, reported)
                .forEach(field -> field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));
        responsibleNote.setVisible(false);
        Div filters = new Div(text, mine, organization, municipality, serviceClass, status, overdue, dueSoon, reported,
                responsibleNote);
        filters.addClassName("managed-filters");
        configureGrid();
        count.addClassName("managed-count");
        count.getElement().setAttribute("aria-live", "polite");
        Anchor create = new Anchor(SERVICE_EDITOR + "uusi", getTranslation("managed.services.new"));
        create.addClassName("managed-new");
        add(new H1(getTranslation("managed.services.title")), create, filters, new Div(count, new ListDownloads<>(
                getTranslation("managed.services.title"), getTranslation("managed.export.file"),
                () -> rows.shown(grid, filter(), getLocale()), this::exportColumns)));
        if (bulk != null) {
            add(new Div(bulk));
        }
        add(grid);
    }

    static String byStatus(String status) {
        return ROUTE + "?" + ListParameters.STATUS + "=" + status;
    }

    /**
     * The dashboard's links choose a status, organization, municipality, class, responsible person,
     * overdue reviews or open reports; an unknown value is left unchosen.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        status.setValue(ListParameters.choice(parameters, ListParameters.STATUS, OfferingStatus.class).orElse(null));
        overdue.setValue(ListParameters.flag(parameters, ListParameters.OVERDUE));
        reported.setValue(ListParameters.flag(parameters, ListParameters.REPORTED));
        dueSoon.setValue(ListParameters.flag(parameters, ListParameters.DUE_SOON));
        organization.setValue(ListParameters.offered(parameters, ListParameters.ORGANIZATION, UUID::fromString, organization)
                .orElse(null));
        municipality.setValue(ListParameters.offered(parameters, ListParameters.MUNICIPALITY, code -> code, municipality)
                .orElse(null));
        serviceClass.setValue(ListParameters.offered(parameters, ListParameters.CLASS, code -> code, serviceClass)
                .orElse(null));
        responsible = parameters.getSingleParameter(ListParameters.RESPONSIBLE).filter(name -> !name.isBlank()).orElse(null);
        responsibleNote.setText(responsible == null ? "" : getTranslation("managed.filter.responsible", responsible));
        responsibleNote.setVisible(responsible != null);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("managed.services.title"));
        grid.addComponentColumn(row -> new Anchor(SERVICE_EDITOR + row.id(), row.name().get(getLocale())))
                .setHeader(getTranslation("managed.column.name")).setKey(ManagedServiceSort.NAME.name()).setSortable(true)
                .setWidth("18rem").setFlexGrow(2);
        column(row -> text(row.organization()), ManagedServiceSort.ORGANIZATION, "managed.column.organization")
                .setAutoWidth(false).setWidth("14rem").setFlexGrow(1);
        column(row -> getTranslation("managed.status." + row.status().name()), ManagedServiceSort.STATUS, "managed.column.status");
        column(row -> date(row.lastAssured()), ManagedServiceSort.LAST_ASSURED, "managed.column.assured");
        column(this::due, ManagedServiceSort.NEXT_REVIEW_DUE, "managed.column.due");
        column(row -> row.responsible() == null ? "" : row.responsible(), ManagedServiceSort.RESPONSIBLE,
                "managed.column.responsible");
        grid.addColumn(row -> row.openReports() == 0 ? "" : String.valueOf(row.openReports()))
                .setHeader(getTranslation("managed.column.reports")).setAutoWidth(true);
        if (reassurance.mayReassure()) {
            grid.addComponentColumn(row -> new ReassureButton(reassurance, EntryKind.SERVICE, row.id(), row.name().get(getLocale()),
                    done -> {
                        rows.forget();
                        grid.getDataProvider().refreshAll();
                    }).small()).setHeader(getTranslation("managed.column.review")).setKey(REASSURE).setAutoWidth(true)
                    .setFrozenToEnd(true);
            bulk = new BulkReassure<>(reassurance, EntryKind.SERVICE, grid, ManagedService::id, () -> {
                rows.forget();
                grid.getDataProvider().refreshAll();
            });
        }
        grid.setMultiSort(false);
        rows.bind(grid, this::filter, this::getLocale, shown -> count.setText(getTranslation("managed.count", shown)));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(ManagedServiceSort.NAME.name())).build());
    }

    private Grid.Column<ManagedService> column(Function<ManagedService, String> value, ManagedServiceSort sort, String header) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setKey(sort.name()).setSortable(true)
                .setAutoWidth(true);
    }

    private String due(ManagedService row) {
        String due = date(row.nextReviewDue());
        return switch (row.reviewState(FinnishDates.today())) {
            case OVERDUE -> getTranslation("managed.overdue", due);
            case DUE_SOON -> getTranslation("managed.due-soon", due);
            case CURRENT -> due;
        };
    }

    private List<ListExport.Column<ManagedService>> exportColumns() {
        return List.of(
                new ListExport.Column<>(getTranslation("managed.column.name"), row -> row.name().get(getLocale())),
                new ListExport.Column<>(getTranslation("managed.column.organization"), row -> text(row.organization())),
                new ListExport.Column<>(getTranslation("managed.column.status"),
                        row -> getTranslation("managed.status." + row.status().name())),
                new ListExport.Column<>(getTranslation("managed.column.assured"), ManagedService::lastAssured),
                new ListExport.Column<>(getTranslation("managed.column.due"), ManagedService::nextReviewDue),
                new ListExport.Column<>(getTranslation("managed.column.responsible"), ManagedService::responsible),
                new ListExport.Column<>(getTranslation("managed.column.reports"), ManagedService::openReports),
                new ListExport.Column<>(getTranslation("managed.column.address"), row -> "palvelu/" + row.id()));
    }

    ManagedServiceFilter filter() {
        return new ManagedServiceFilter(text.getValue(), mine.getValue(), organization.getValue(), municipality.getValue(),
                serviceClass.getValue(), status.getValue(), overdue.getValue(), reported.getValue(),
                dueSoon.getValue(), responsible);
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.get(getLocale());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : FinnishDates.date(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("managed.services.title") + " – Ekokartta";
    }
}
