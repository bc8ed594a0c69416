package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.FocusTarget;
import fi.ekokartta.base.ui.SkipLink;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.ecosystem.RoleCatalog;
import fi.ekokartta.ecosystem.RoleEditing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roolit: the role catalogue, the "who does what for whom" matrix (actors by client groups, each
 * cell naming the roles) narrowed by sector and municipality (in the address:
 * /roolit?sektori=THIRD_SECTOR&kunta=208), and the gaps: client groups no actor serves in a
 * municipality. Coordinators add roles here.
 */
@Route(RolesView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.roles", order = 11, icon = "vaadin:sitemap")
class RolesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "roolit";

    private final RoleCatalog catalog;
    private final RoleEditing editing;
    private final Select<String> sector = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final Div catalogue = new Div();
    private final Div matrix = new Div();
    private final Div gaps = new Div();
    private final List<RoleCatalog.Place> places;
    private boolean updating;
    private String shownSector = "";
    private String shownMunicipality = "";

    RolesView(RoleCatalog catalog, RoleEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
        this.places = catalog.filterMunicipalities();
        addClassNames("page", "roles-page");
        Paragraph lead = new Paragraph(getTranslation("roles.lead"));
        lead.addClassName("lead");
        List<String> sectors = new ArrayList<>();
        sectors.add("");
        for (ActorSector value : ActorSector.values()) {
            sectors.add(value.name());
        }
        sector.setLabel(getTranslation("roles.matrix.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("actors.sector.all")
                : getTranslation("sector." + value));
        sector.addValueChangeListener(event -> {
            if (!updating) {
                go(event.getValue(), shownMunicipality);
            }
        });
        List<String> codes = new ArrayList<>();
        codes.add("");
        places.forEach(place -> codes.add(place.code()));
        municipality.setLabel(getTranslation("roles.matrix.municipality"));
        municipality.setItems(codes);
        municipality.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("actors.municipality.all")
                : placeName(code));
        municipality.addValueChangeListener(event -> {
            if (!updating) {
                go(shownSector, event.getValue());
            }
        });
        TitledSection catalogueSection = new TitledSection("roles-catalogue-heading", getTranslation("roles.catalogue"));
        catalogueSection.add(catalogue);
        TitledSection matrixSection = new TitledSection("roles-matrix-heading", getTranslation("roles.matrix"));
        Div filters = new Div(sector, municipality);
        filters.addClassName("matrix-filters");
        Paragraph matrixLead = new Paragraph(getTranslation("roles.matrix.lead"));
        matrixSection.add(matrixLead, filters, matrix);
        TitledSection gapSection = new TitledSection("roles-gaps-heading", getTranslation("roles.gaps"));
        gapSection.add(new Paragraph(getTranslation("roles.gaps.lead")), gaps);
        // The catalogue is long: links past it to the matrix and the gaps, which take the focus.
        focusable(matrixSection);
        focusable(gapSection);
        Div jumps = new Div(new SkipLink("roles-matrix-heading", getTranslation("roles.jump.matrix")),
                new SkipLink("roles-gaps-heading", getTranslation("roles.jump.gaps")));
        jumps.addClassName("page-jumps");
        add(new H1(getTranslation("roles.title")), lead, jumps, catalogueSection, matrixSection, gapSection);
    }

    private static void focusable(TitledSection section) {
        section.getChildren().findFirst().ifPresent(FocusTarget::of);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        shownSector = first(parameters, "sektori");
        if (!shownSector.isEmpty() && sector.getListDataView().getItems().noneMatch(shownSector::equals)) {
            shownSector = "";
        }
        shownMunicipality = first(parameters, "kunta");
        if (!shownMunicipality.isEmpty() && places.stream().noneMatch(p -> p.code().equals(shownMunicipality))) {
            shownMunicipality = "";
        }
        updating = true;
        try {
            sector.setValue(shownSector);
            municipality.setValue(shownMunicipality);
        } finally {
            updating = false;
        }
        showCatalogue();
        showMatrix();
    }

    private void showCatalogue() {
        catalogue.removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        if (editing.mayEditCatalogue()) {
            Button add = new Button(getTranslation("roles.new"), click -> new RoleDialog(editing, null, 0,
                    new LocalizedText(), new LocalizedText(), id -> getUI().ifPresent(ui -> ui.navigate("roolit/" + id))).open());
            add.addClassName("role-new");
            catalogue.add(add);
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames("entry-list", "role-list");
        for (RoleCatalog.RoleSummary role : catalog.roles()) {
            Anchor link = content.mark(new Anchor("roolit/" + role.id(), content.text(role.name())), role.name());
            link.addClassName("role-link");
            H3 name = new H3(link);
            ListItem item = new ListItem(name);
            String description = content.text(role.description());
            if (description != null) {
                item.add(content.mark(new Paragraph(description), role.description()));
            }
            Paragraph count = new Paragraph(role.actorCount() == 1 ? getTranslation("roles.actor-count.one")
                    : getTranslation("roles.actor-count", role.actorCount()));
            count.addClassName("role-actor-count");
            item.add(count);
            list.add(item);
        }
        catalogue.add(list);
    }

    private void showMatrix() {
        RoleCatalog.Matrix data = catalog.matrix(shownSector.isEmpty() ? null : ActorSector.valueOf(shownSector),
                shownMunicipality.isEmpty() ? null : shownMunicipality);
        ContentLanguage content = new ContentLanguage(getLocale());
        matrix.removeAll();
        if (data.rows().isEmpty()) {
            matrix.add(new Paragraph(getTranslation("roles.matrix.none")));
        } else {
            NativeTable table = new NativeTable();
            table.addClassName("role-matrix");
            table.setCaptionText(caption());
            NativeTableRow head = table.getHead().addRow();
            NativeTableHeaderCell corner = head.addHeaderCell();
            corner.setText(getTranslation("roles.matrix.actor"));
            corner.getElement().setAttribute("scope", "col");
            for (RoleCatalog.Named group : data.targetGroups()) {
                NativeTableHeaderCell cell = head.addHeaderCell();
                cell.setText(content.text(group.name()));
                cell.getElement().setAttribute("scope", "col");
            }
            NativeTableBody body = table.getBody();
            for (RoleCatalog.MatrixRow row : data.rows()) {
                NativeTableRow line = body.addRow();
                NativeTableHeaderCell actor = line.addHeaderCell();
                actor.getElement().setAttribute("scope", "row");
                actor.add(new Anchor("toimija/" + row.actor().id(), content.text(row.actor().name())));
                for (RoleCatalog.Named group : data.targetGroups()) {
                    NativeTableCell cell = line.addDataCell();
                    List<RoleCatalog.Named> held = row.rolesFor(group.id());
                    if (held.isEmpty()) {
                        Span none = new Span("–");
                        none.getElement().setAttribute("aria-label", getTranslation("roles.matrix.empty-cell"));
                        cell.add(none);
                    } else {
                        UnorderedList roles = new UnorderedList();
                        held.forEach(role -> roles.add(new ListItem(new Anchor("roolit/" + role.id(),
                                content.text(role.name())))));
                        cell.add(roles);
                    }
                }
            }
            Div scroller = new Div(table);
            scroller.addClassName("matrix-scroll");
            scroller.getElement().setAttribute("tabindex", "0");
            scroller.getElement().setAttribute("role", "region");
            scroller.getElement().setAttribute("aria-label", caption());
            matrix.add(new Paragraph(getTranslation("roles.matrix.count", data.rows().size())), scroller,
                    phoneList(data, content));
        }
        gaps.removeAll();
        for (RoleCatalog.Gap gap : data.gaps()) {
            Div place = new Div(new H3(content.text(gap.municipality().name())));
            place.addClassName("role-gap");
            if (gap.uncovered().isEmpty()) {
                place.add(new Paragraph(getTranslation("roles.gaps.none")));
            } else {
                UnorderedList groups = new UnorderedList();
                gap.uncovered().forEach(group -> groups.add(new ListItem(content.text(group.name()))));
                place.add(groups);
            }
            gaps.add(place);
        }
    }

    /**
     * The matrix as a phone reads it (CSS shows it instead of the table below 40rem): one folded
     * line per actor, opened to the client groups it serves and its roles for each, so nothing
     * scrolls sideways and the empty cells take no room.
     */
    private Div phoneList(RoleCatalog.Matrix data, ContentLanguage content) {
        Div list = new Div();
        list.addClassName("role-matrix-list");
        for (RoleCatalog.MatrixRow row : data.rows()) {
            UnorderedList served = new UnorderedList();
            for (RoleCatalog.Named group : data.targetGroups()) {
                List<RoleCatalog.Named> held = row.rolesFor(group.id());
                if (!held.isEmpty()) {
                    ListItem line = new ListItem(new Span(content.text(group.name()) + ": "));
                    for (int i = 0; i < held.size(); i++) {
                        if (i > 0) {
                            line.add(new Span(", "));
                        }
                        line.add(new Anchor("roolit/" + held.get(i).id(), content.text(held.get(i).name())));
                    }
                    served.add(line);
                }
            }
            long groups = served.getChildren().count();
            if (groups == 0) {
                served.add(new ListItem(getTranslation("roles.matrix.no-groups")));
            }
            Element summary = new Element("summary");
            summary.appendChild(new Span(content.text(row.actor().name())).getElement(),
                    new Span(" (" + (groups == 1 ? getTranslation("roles.matrix.group-count.one")
                            : getTranslation("roles.matrix.group-count", groups)) + ")").getElement());
            Div body = new Div(new Anchor("toimija/" + row.actor().id(),
                    getTranslation("roles.matrix.actor-page", content.text(row.actor().name()))), served);
            Element folded = new Element("details");
            folded.appendChild(summary, body.getElement());
            list.getElement().appendChild(folded);
        }
        return list;
    }

    private String caption() {
        String filters = "";
        if (!shownSector.isEmpty()) {
            filters += ", " + getTranslation("sector." + shownSector);
        }
        if (!shownMunicipality.isEmpty()) {
            filters += ", " + placeName(shownMunicipality);
        }
        return getTranslation("roles.matrix.caption") + filters;
    }

    private String placeName(String code) {
        return places.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.name().get(getLocale())).orElse(code);
    }

    private void go(String nextSector, String nextMunicipality) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!nextSector.isEmpty()) {
            parameters.put("sektori", nextSector);
        }
        if (!nextMunicipality.isEmpty()) {
            parameters.put("kunta", nextMunicipality);
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(parameters)));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roles.title") + " – Ekokartta";
    }
}
