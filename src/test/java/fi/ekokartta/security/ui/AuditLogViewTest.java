package fi.ekokartta.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.security.AuditAction;
import fi.ekokartta.security.AuditEvent;
import fi.ekokartta.security.AuditLog;
import fi.ekokartta.security.UserRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogViewTest extends AbstractAppTest {

    @Autowired
    private AuditLog auditLog;

    @Test
    void the_admin_sees_the_newest_event_first() {
        login("loki-paakayttaja", UserRole.ADMIN);
        auditLog.recordAs("loki-testaaja", AuditAction.USER_CHANGED, "loki-kohde", "192.0.2.7");

        UI.getCurrent().navigate("hallinta/loki");

        _get(H1.class, spec -> spec.withText("Tapahtumaloki"));
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = _get(Grid.class);
        AuditEvent newest = GridKt._get(grid, 0);
        assertThat(newest.getUsername()).isEqualTo("loki-testaaja");
        assertThat(newest.getSubject()).isEqualTo("loki-kohde");
        assertThat(newest.getClientAddress()).isEqualTo("192.0.2.7");
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_admin_downloads_the_log_newest_first_with_times_to_the_second() throws Exception {
        login("loki-paakayttaja", UserRole.ADMIN);
        auditLog.recordAs("loki-lataaja", AuditAction.USER_CREATED, "ladattava-kohde", "192.0.2.8");

        UI.getCurrent().navigate("hallinta/loki");

        @SuppressWarnings("unchecked")
        ListDownloads<AuditEvent> downloads = _get(ListDownloads.class);
        byte[] csv = downloads.csv();
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Aika;Käyttäjä;Tapahtuma;Kohde;Osoite");
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;loki-lataaja;Käyttäjä luotu;ladattava-kohde;192.0.2.8");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloads.excel()))) {
            assertThat(workbook.getSheet("Tapahtumaloki").getRow(1).getCell(1).getStringCellValue()).isEqualTo("loki-lataaja");
        }
    }

    @Test
    void a_coordinator_is_refused_the_log_and_the_refusal_is_logged() {
        login("loki-koordinaattori", UserRole.COORDINATOR);

        UI.getCurrent().navigate("hallinta/loki");

        _assertNone(Grid.class);
        _get(H1.class, spec -> spec.withText("Ei pääsyä tälle sivulle"));
        login("loki-paakayttaja", UserRole.ADMIN);
        AuditEvent newest = auditLog.newestFirst(0, 1).getFirst();
        assertThat(newest.getAction()).isEqualTo(AuditAction.ACCESS_DENIED);
        assertThat(newest.getUsername()).isEqualTo("loki-koordinaattori");
        assertThat(newest.getSubject()).isEqualTo("/hallinta/loki");
    }

    @Test
    void the_log_service_refuses_anyone_but_an_admin_whatever_the_ui_does() {
        login("loki-ohjaaja", UserRole.COUNSELLOR);

        assertThatThrownBy(() -> auditLog.newestFirst(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(auditLog::count).isInstanceOf(AccessDeniedException.class);
    }
}
