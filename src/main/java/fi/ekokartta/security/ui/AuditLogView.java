package fi.ekokartta.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.security.AuditEvent;
import fi.ekokartta.security.AuditLog;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tapahtumaloki: the security audit log for administrators, newest first, read from the database
 * a page at a time as the grid scrolls.
 */
@Route("hallinta/loki")
@RolesAllowed("ADMIN")
@Menu(title = "menu.audit-log", order = 96, icon = "vaadin:list")
class AuditLogView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    /** The newest events a download holds: about a year of a busy map, still a file a spreadsheet opens. */
    static final int DOWNLOAD_LIMIT = 50_000;
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
        add(new H1(getTranslation("audit.title")), lead, new ListDownloads<>(getTranslation("audit.title"),
                getTranslation("audit.export.file"), () -> auditLog.newestFirst(0, DOWNLOAD_LIMIT), this::exportColumns), grid);
    }

    private List<ListExport.Column<AuditEvent>> exportColumns() {
        return List.of(new ListExport.Column<>(getTranslation("audit.when"),
                        event -> LocalDateTime.ofInstant(event.getOccurredAt(), FinnishDates.FINNISH_TIME)),
                new ListExport.Column<>(getTranslation("audit.who"), AuditEvent::getUsername),
                new ListExport.Column<>(getTranslation("audit.what"), event -> getTranslation("audit.action." + event.getAction().name())),
                new ListExport.Column<>(getTranslation("audit.subject"), AuditEvent::getSubject),
                new ListExport.Column<>(getTranslation("audit.address"), AuditEvent::getClientAddress));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – Ekokartta";
    }
}
