package fi.ekokartta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.security.Passwords.LinkDelivery;
import fi.ekokartta.security.UserAdministration;
import fi.ekokartta.security.UserAdministration.UserRow;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * Käyttäjien hallinta: the administrator's list of users, where she creates them, changes their
 * details, roles and organizations, deactivates and reactivates them and sends new password links.
 * The service decides every step again; this view only offers them.
 */
@Route("hallinta/kayttajat")
@RolesAllowed("ADMIN")
@Menu(title = "menu.users", order = 95, icon = "vaadin:users")
class UsersView extends Div implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserRow> grid = new Grid<>();
    private final Div notice = new Div();

    UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassNames("page", "users-page");
        Paragraph lead = new Paragraph(getTranslation("users.lead"));
        lead.addClassName("lead");
        Button create = new Button(getTranslation("users.new"), click -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("users-notice");
        configureGrid();
        add(new H1(getTranslation("users.title")), lead, create,
                new ListDownloads<>(getTranslation("users.title"), getTranslation("users.export.file"),
                        administration::users, this::exportColumns), notice, grid);
        refresh();
    }

    /** Rows read from the server at a time. */
    static final int PAGE_SIZE = 50;

    private void configureGrid() {
        grid.setPageSize(PAGE_SIZE);
        // Long lists of organizations wrap instead of being cut at the column's edge.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username).setHeader(getTranslation("users.column.username")).setAutoWidth(true);
        grid.addColumn(row -> row.displayName() == null ? "" : row.displayName())
                .setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("role." + row.role().name()))
                .setHeader(getTranslation("users.column.role")).setAutoWidth(true);
        grid.addColumn(UsersView::organizations).setHeader(getTranslation("users.column.organizations"))
                .setTooltipGenerator(UsersView::organizations).setWidth("14rem").setFlexGrow(1).setKey("organizations");
        grid.addColumn(row -> getTranslation(row.active() ? "users.active.yes" : "users.active.no"))
                .setHeader(getTranslation("users.column.active")).setAutoWidth(true);
        // Frozen to the end, so the actions stay in sight when the other columns need more room.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setWidth("13.5rem").setFlexGrow(0)
                .setKey("actions").setFrozenToEnd(true);
    }

    private Span actions(UserRow row) {
        Button edit = new Button(getTranslation("users.edit"), click -> openEditor(row));
        Button active = new Button(getTranslation(row.active() ? "users.deactivate" : "users.reactivate"),
                click -> {
                    if (row.active()) {
                        confirmDeactivation(row);
                    } else {
                        act(() -> administration.setActive(row.id(), true));
                    }
                });
        Button link = new Button(getTranslation("users.new-link"),
                click -> act(() -> showDelivery(row.username(), administration.newPasswordLink(row.id()))));
        for (Button button : new Button[]{edit, active, link}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-label", button.getText() + ": " + row.username());
        }
        return new Span(edit, active, link);
    }

    /**
     * Deactivation hands the user's entries over to her organization's deputy (or the coordinators'
     * queue) at once, so it is asked first and the outcome is told.
     */
    private void confirmDeactivation(UserRow row) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.addClassName("deactivate-user-dialog");
        ask.setHeader(getTranslation("users.deactivate.title", row.username()));
        ask.setText(getTranslation("users.deactivate.ask", row.username()));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("users.form.cancel"));
        ask.setConfirmText(getTranslation("users.deactivate"));
        ask.addConfirmListener(confirmed -> act(() -> {
            administration.setActive(row.id(), false);
            notice.setText(getTranslation("users.deactivated", row.username()));
        }));
        ask.open();
    }

    private void openEditor(UserRow existing) {
        UserEditor editor = new UserEditor(existing, administration.organizations(), form -> {
            if (existing == null) {
                showDelivery(form.username().strip(), administration.create(form));
            } else {
                administration.update(existing.id(), form);
                notice.setText(getTranslation("users.saved", existing.username()));
            }
            refresh();
        });
        editor.open();
    }

    private void act(Runnable action) {
        notice.removeAll();
        try {
            action.run();
        } catch (RejectedInputException rejected) {
            notice.setText(getTranslation(rejected.getMessageKey()));
        }
        refresh();
    }

    private void showDelivery(String username, LinkDelivery delivery) {
        notice.removeAll();
        if (delivery.emailed()) {
            notice.setText(getTranslation("users.link.emailed", username));
            return;
        }
        Span link = new Span(delivery.link());
        link.addClassName("password-link");
        notice.add(new Paragraph(getTranslation("users.link.show", username)), new Paragraph(link));
    }

    /** The whole list as the administrator downloads it, with the e-mail addresses the grid leaves out. */
    private List<ListExport.Column<UserRow>> exportColumns() {
        return List.of(new ListExport.Column<>(getTranslation("users.column.username"), UserRow::username),
                new ListExport.Column<>(getTranslation("users.column.name"), UserRow::displayName),
                new ListExport.Column<>(getTranslation("users.column.email"), UserRow::email),
                new ListExport.Column<>(getTranslation("users.column.role"), row -> getTranslation("role." + row.role().name())),
                new ListExport.Column<>(getTranslation("users.column.organizations"), UsersView::organizations),
                new ListExport.Column<>(getTranslation("users.column.active"),
                        row -> getTranslation(row.active() ? "users.active.yes" : "users.active.no")));
    }

    private static String organizations(UserRow row) {
        return String.join(", ", row.organizations());
    }

    private void refresh() {
        grid.setItems(query -> administration.users(query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, administration.count()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – Ekokartta";
    }
}
