package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.stewardship.Orphans;
import fi.ekokartta.stewardship.Orphans.Orphan;
import fi.ekokartta.stewardship.Orphans.OrphanGroup;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entries without a living responsible, one closed {@link Details} per organization (its
 * name and how many services and actors), filtered by the organization's name and shown
 * {@value #PAGE_SIZE} organizations a page. Each group names a keeper per entry and leads to the
 * organization's stand-ins.
 */
final class OrphanGroups extends Div {

    static final int PAGE_SIZE = 20;

    private final Orphans orphans;
    private final Function<Orphan, Component> assign;
    private final Consumer<UUID> standIns;
    private final TextField filter = new TextField();
    private final Div shown = new Div();
    private int page;

    /**
     * @param assign   the button that names a keeper for an orphan
     * @param standIns opens the stand-ins form on the organization of the given id
     */
    OrphanGroups(Orphans orphans, Function<Orphan, Component> assign, Consumer<UUID> standIns) {
        this.orphans = orphans;
        this.assign = assign;
        this.standIns = standIns;
        addClassName("orphan-groups");
        filter.setLabel(getTranslation("handover.orphans.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> {
            page = 0;
            refresh();
        });
        filter.addClassName("orphan-filter");
        add(filter, shown);
        refresh();
    }

    /** Reads the orphans again, staying on the page shown when it still exists. */
    void refresh() {
        shown.removeAll();
        List<OrphanGroup> groups = orphans.byOrganization(filter.getValue(), getLocale());
        if (groups.isEmpty()) {
            boolean filtered = !filter.getValue().isBlank();
            filter.setVisible(filtered);
            shown.add(new Paragraph(getTranslation(filtered ? "handover.orphans.none-matching" : "handover.orphans.none")));
            return;
        }
        filter.setVisible(true);
        int pages = (groups.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        page = Math.min(page, pages - 1);
        List<OrphanGroup> slice = groups.subList(page * PAGE_SIZE, Math.min(groups.size(), (page + 1) * PAGE_SIZE));
        long entries = groups.stream().mapToLong(OrphanGroup::total).sum();
        Paragraph count = new Paragraph(getTranslation("handover.orphans.groups.count", groups.size(), entries));
        count.getElement().setAttribute("role", "status");
        shown.add(count);
        boolean single = groups.size() == 1;
        slice.forEach(group -> shown.add(group(group, single)));
        shown.add(new ListPager(new PageImpl<>(slice, PageRequest.of(page, PAGE_SIZE), groups.size()),
                getTranslation("handover.orphans.title"), this::goTo));
    }

    private void goTo(int number) {
        page = number;
        refresh();
        filter.focus();
    }

    private Details group(OrphanGroup group, boolean open) {
        String name = name(group);
        Span title = new Span(name);
        title.addClassName("orphan-group-name");
        Span counts = new Span(getTranslation("handover.orphans.group.counts", group.services(), group.actors()));
        counts.addClassName("orphan-group-counts");
        Div summary = new Div(title, counts);
        summary.addClassName("orphan-group-summary");
        Button toStandIns = new Button(getTranslation("handover.orphans.standins"), click -> standIns.accept(group.organizationId()));
        toStandIns.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toStandIns.setAriaLabel(getTranslation("handover.orphans.standins") + ": " + name);
        Details details = new Details(summary, toStandIns, grid(group, name));
        details.addClassName("orphan-group");
        details.setOpened(open);
        return details;
    }

    private Grid<Orphan> grid(OrphanGroup group, String name) {
        Grid<Orphan> grid = new Grid<>();
        grid.addComponentColumn(row -> new Anchor(row.kind().editorPath() + row.id(), row.name().get(getLocale())))
                .setHeader(getTranslation("handover.column.entry")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("handover.kind." + row.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("handover.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(assign::apply).setAutoWidth(true).setKey(HandoverView.ASSIGN);
        grid.setItems(group.orphans());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("handover.orphans.title") + ": " + name);
        return grid;
    }

    private String name(OrphanGroup group) {
        return group.organizationName() == null ? "" : group.organizationName().get(getLocale());
    }
}
