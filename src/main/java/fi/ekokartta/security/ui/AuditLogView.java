package fi.ekokartta.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.AuditEvent;
import fi.ekokartta.security.AuditLog;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;

/**
 * Tapahtumaloki: the security audit log for administrators, newest first, read from the database
 * a page at a time as the grid scrolls.
 */
@Route("hallinta/loki")
@RolesAllowed("ADMIN")
@Menu(title = "menu.audit-log", order = 96, icon = "vaadin:list")
class AuditLogView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss")
            .withZone(FinnishDates.FINNISH_TIME);

    AuditLogView(AuditLog auditLog) {
        addClassNames("page", "audit-log-page");
        Grid<AuditEvent> grid = new Grid<>();
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(event -> TIME.format(event.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(event -> event.getUsername() == null ? getTranslation("audit.unknown-user") : event.getUsername())
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(event -> getTranslation("audit.action." + event.getAction().name()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(event -> event.getSubject() == null ? "" : event.getSubject())
                .setHeader(getTranslation("audit.subject")).setFlexGrow(1);
        grid.addColumn(event -> event.getClientAddress() == null ? "" : event.getClientAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItems(query -> auditLog.newestFirst(query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, auditLog.count()));
        Paragraph lead = new Paragraph(getTranslation("audit.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("audit.title")), lead, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – Ekokartta";
    }
}
