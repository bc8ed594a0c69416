package fi.ekokartta.exchange.excel;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Excel template (.xlsx) coordinators send to actors: instructions, an organizations sheet and
 * a services sheet with fi/sv/en texts in columns and drop-downs of the closed lists as they are in
 * the database now. Prefilled with one organization's entries (not archived ones) when asked; only
 * a coordinator, an administrator or a maintainer of that organization gets them.
 */
@Service
@Transactional(readOnly = true)
public class ExcelTemplate {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<OfferingStatus> PREFILLED = List.of(OfferingStatus.PUBLISHED, OfferingStatus.IN_REVIEW,
            OfferingStatus.DRAFT);

    private final ExcelCatalog catalog;
    private final ActorRepository actors;
    private final OfferingRepository offerings;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;

    ExcelTemplate(ExcelCatalog catalog, ActorRepository actors, OfferingRepository offerings, CurrentUser currentUser,
                  I18NProvider i18n) {
        this.catalog = catalog;
        this.actors = actors;
        this.offerings = offerings;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    /** The file name to offer the download under, e.g. "ekokartta-pohja-fi.xlsx". */
    public String fileName(Locale locale) {
        Language language = Language.of(locale);
        return new ExcelTexts(i18n, language).get("excel.file-name") + "-" + language.code() + ".xlsx";
    }

    public void write(OutputStream out, Locale locale, Optional<UUID> organizationId) throws IOException {
        ExcelTexts texts = new ExcelTexts(i18n, Language.of(locale));
        ExcelLists lists = catalog.load();
        List<Map<String, String>> organizationRows = new ArrayList<>();
        List<Map<String, String>> serviceRows = new ArrayList<>();
        if (organizationId.isPresent()) {
            Actor actor = prefilledActor(organizationId.get());
            TemplatePrefill prefill = new TemplatePrefill(lists, texts.language());
            organizationRows.add(prefill.organization(actor));
            for (OfferingStatus status : PREFILLED) {
                for (Offering offering : offerings.findByProviderIdAndStatus(actor.getId(), status, Sort.by("name.fi"))) {
                    serviceRows.add(prefill.service(offering));
                }
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            InstructionsSheetWriter.write(workbook, texts);
            DataSheetWriter sheets = new DataSheetWriter(workbook, texts);
            sheets.write(ExcelSheet.ORGANIZATIONS, organizationRows);
            sheets.write(ExcelSheet.SERVICES, serviceRows);
            ListSheetWriter.write(workbook, lists, texts);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private Actor prefilledActor(UUID id) {
        boolean allowed = currentUser.hasAnyRole(UserRole.COORDINATOR, UserRole.ADMIN)
                || currentUser.organizationIds().contains(id);
        if (!allowed) {
            throw new RejectedInputException("excel.error.prefill-not-allowed");
        }
        return actors.findById(id).orElseThrow(() -> new RejectedInputException("excel.error.unknown-organization"));
    }
}
