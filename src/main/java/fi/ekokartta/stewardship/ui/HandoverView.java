package fi.ekokartta.stewardship.ui;

import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.base.export.ListExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Handovers.Organization;
import fi.ekokartta.stewardship.Handovers.Person;
import fi.ekokartta.stewardship.Handovers.QueueRow;
import fi.ekokartta.stewardship.Orphans;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Vastuut (coordinators): the handover queue — entries that changed hands because their keeper
 * left, acknowledged or given another keeper —, the entries without a living responsible, grouped
 * by organization ({@link OrphanGroups}), and the organizations' stand-ins (deputy and fallback
 * coordinator) that decide where entries go.
 */
@Route(HandoverView.ROUTE)
@RolesAllowed("COORDINATOR")
@Menu(title = "menu.handover", order = 94, icon = "vaadin:exchange")
class HandoverView extends Div implements HasDynamicTitle {

    static final String ROUTE = "hallinta/vastuut";
    static final String ACKNOWLEDGE = "acknowledge";
    static final String ASSIGN = "assign";

    private final Handovers handovers;
    private final Div queue = new Div();
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final OrphanGroups orphanList;

    HandoverView(Handovers handovers, Orphans orphans) {
        this.handovers = handovers;
        this.orphanList = new OrphanGroups(orphans,
                row -> assignButton(row.kind(), row.id(), row.name(), row.organizationId()), this::openStandIns);
        addClassNames("page", "handover-page");
        Paragraph lead = new Paragraph(getTranslation("handover.lead"));
        lead.addClassName("lead");
        TitledSection queueSection = new TitledSection("handover-queue-heading", getTranslation("handover.queue.title"));
        queueSection.add(queue);
        TitledSection orphanSection = new TitledSection("handover-orphans-heading", getTranslation("handover.orphans.title"));
        orphanSection.add(new Paragraph(getTranslation("handover.orphans.lead")), orphanList);
        TitledSection standInSection = new TitledSection("handover-standins-heading", getTranslation("handover.standins.title"));
        standInSection.add(new Paragraph(getTranslation("handover.standins.lead")), standIns());
        add(new H1(getTranslation("handover.title")), lead, queueSection, standInSection, orphanSection);
        refresh();
    }

    private void refresh() {
        showQueue();
        orphanList.refresh();
    }

    private void showQueue() {
        queue.removeAll();
        List<QueueRow> rows = handovers.queue();
        if (rows.isEmpty()) {
            queue.add(new Paragraph(getTranslation("handover.queue.none")));
            return;
        }
        Grid<QueueRow> grid = new Grid<>();
        // Widths that leave the texts room beside the two buttons at 1280 px; cells wrap below that.
        grid.addComponentColumn(row -> entryLink(row.kind(), row.entryId(), row.entryName()))
                .setHeader(getTranslation("handover.column.entry")).setWidth("12rem").setFlexGrow(3);
        grid.addColumn(QueueRow::from).setHeader(getTranslation("handover.column.from")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.to().orElse(getTranslation("handover.to.none")))
                .setHeader(getTranslation("handover.column.to")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(row -> getTranslation("handover.reason." + row.reason().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("handover.column.reason")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> FinnishDates.date(FinnishDates.dayOf(row.at()))).setHeader(getTranslation("handover.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::queueActions).setAutoWidth(true).setFlexGrow(0).setKey(ACKNOWLEDGE);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("handover.queue.title"));
        queue.add(new Paragraph(getTranslation("handover.queue.count", rows.size())),
                new ListDownloads<>(getTranslation("handover.queue.title"), getTranslation("handover.export.file"), () -> rows,
                        this::exportColumns), grid);
    }

    private List<ListExport.Column<QueueRow>> exportColumns() {
        return List.of(new ListExport.Column<>(getTranslation("handover.column.entry"), row -> row.entryName().get(getLocale())),
                new ListExport.Column<>(getTranslation("handover.column.from"), QueueRow::from),
                new ListExport.Column<>(getTranslation("handover.column.to"), row -> row.to().orElse(getTranslation("handover.to.none"))),
                new ListExport.Column<>(getTranslation("handover.column.reason"),
                        row -> getTranslation("handover.reason." + row.reason().name().toLowerCase(Locale.ROOT))),
                new ListExport.Column<>(getTranslation("handover.column.date"), row -> FinnishDates.dayOf(row.at())));
    }

    private Component queueActions(QueueRow row) {
        Button acknowledge = new Button(getTranslation("handover.acknowledge"), click -> act(() -> handovers.acknowledge(row.id()),
                "handover.acknowledged"));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        acknowledge.setAriaLabel(getTranslation("handover.acknowledge") + ": " + row.entryName().get(getLocale()));
        Button assign = assignButton(row.kind(), row.entryId(), row.entryName(), row.organizationId());
        FlexLayout actions = new FlexLayout(acknowledge, assign);
        actions.addClassName("row-actions");
        return actions;
    }

    private Button assignButton(EntryKind kind, UUID entryId, LocalizedText name, UUID organizationId) {
        Button assign = new Button(getTranslation("handover.assign"), click -> openAssign(kind, entryId, name, organizationId));
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        assign.setAriaLabel(getTranslation("handover.assign") + ": " + name.get(getLocale()));
        return assign;
    }

    private void openAssign(EntryKind kind, UUID entryId, LocalizedText name, UUID organizationId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("handover.assign.title", name.get(getLocale())));
        ComboBox<Person> keeper = personPicker("handover.assign.keeper", handovers.candidates(organizationId));
        keeper.setRequired(true);
        Button save = new Button(getTranslation("handover.assign.save"), click -> {
            if (keeper.getValue() == null) {
                keeper.setInvalid(true);
                keeper.setErrorMessage(getTranslation("handover.assign.keeper.required"));
                return;
            }
            if (act(() -> handovers.assignKeeper(kind, entryId, keeper.getValue().id()), "handover.assigned")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(keeper);
        dialog.getFooter().add(new Button(getTranslation("handover.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The stand-ins form on the organization of the id, scrolled to and focused, for an orphan group. */
    private void openStandIns(UUID organizationId) {
        organization.getListDataView().getItems().filter(choice -> choice.id().equals(organizationId)).findFirst()
                .ifPresent(organization::setValue);
        organization.scrollIntoView();
        organization.focus();
    }

    private Component standIns() {
        organization.setLabel(getTranslation("handover.standins.organization"));
        organization.setItems(handovers.organizations(getLocale()));
        organization.setItemLabelGenerator(o -> o.name().get(getLocale()));
        organization.setWidthFull();
        ComboBox<Person> deputy = personPicker("handover.standins.deputy", List.of());
        ComboBox<Person> fallback = personPicker("handover.standins.fallback", handovers.coordinators());
        deputy.setEnabled(false);
        fallback.setEnabled(false);
        Button save = new Button(getTranslation("handover.standins.save"));
        save.setEnabled(false);
        organization.addValueChangeListener(change -> {
            Organization chosen = change.getValue();
            deputy.setEnabled(chosen != null);
            fallback.setEnabled(chosen != null);
            save.setEnabled(chosen != null);
            if (chosen == null) {
                deputy.clear();
                fallback.clear();
                return;
            }
            deputy.setItems(handovers.candidates(chosen.id()));
            Handovers.StandIns current = handovers.standIns(chosen.id());
            deputy.setValue(current.deputy().orElse(null));
            fallback.setValue(current.fallback().orElse(null));
        });
        save.addClickListener(click -> act(() -> handovers.setStandIns(organization.getValue().id(),
                deputy.getValue() == null ? null : deputy.getValue().id(),
                fallback.getValue() == null ? null : fallback.getValue().id()), "handover.standins.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(organization, deputy, fallback, save);
        form.addClassName("standins-form");
        return form;
    }

    private ComboBox<Person> personPicker(String labelKey, List<Person> people) {
        ComboBox<Person> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setItems(people);
        picker.setItemLabelGenerator(Person::name);
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        return picker;
    }

    private Anchor entryLink(EntryKind kind, UUID id, LocalizedText name) {
        return new Anchor(kind.editorPath() + id, name.get(getLocale()));
    }

    /** Runs a change; shows its success or its refusal; true when it was made. */
    private boolean act(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (RejectedInputException rejected) {
            Notification.show(getTranslation(rejected.getMessageKey(), rejected.getArguments()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handover.title") + " – Ekokartta";
    }
}
