package fi.ekokartta.exchange.intake;

import fi.ekokartta.exchange.excel.ExcelProblem;
import fi.ekokartta.exchange.excel.ExcelReadResult;
import fi.ekokartta.exchange.excel.ExcelReader;
import fi.ekokartta.exchange.excel.ExcelFormatException;
import fi.ekokartta.exchange.imports.ImportLimits;
import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import fi.ekokartta.exchange.ptv.PtvFileException;
import fi.ekokartta.exchange.ptv.PtvImport;
import fi.ekokartta.exchange.ptv.v11.PtvV11Exchange;
import fi.ekokartta.exchange.tabular.TabularDocuments;
import fi.ekokartta.exchange.tabular.TabularFormatException;
import fi.ekokartta.exchange.tabular.TabularPackage;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every format into the one import pipeline: an uploaded HSDS JSON file or zip, HSDS CSV data
 * package, filled Excel template or PTV file is read into named HSDS documents, then planned (the
 * dry run) and applied by {@link ImportService}, all or nothing. Planning and applying are for
 * coordinators and administrators; reading alone decides nothing.
 */
@Service
public class ImportIntake {

    private final ImportService imports;
    private final ExcelReader excel;
    private final PtvV11Exchange ptv;
    private final CurrentUser currentUser;
    private final MunicipalityRepository municipalities;

    ImportIntake(ImportService imports, ExcelReader excel, PtvV11Exchange ptv, CurrentUser currentUser,
                 MunicipalityRepository municipalities) {
        this.imports = imports;
        this.excel = excel;
        this.ptv = ptv;
        this.currentUser = currentUser;
        this.municipalities = municipalities;
    }

    /** The employment area's municipalities, whose services can be exported for PTV one municipality at a time. */
    @Transactional(readOnly = true)
    public List<Municipality> areaMunicipalities() {
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream().filter(Municipality::isInEmploymentArea)
                .toList();
    }

    /** The file read in the format given; problems of the file itself refuse it here, before any plan. */
    public IncomingImport read(ImportFormat format, String fileName, byte[] bytes) {
        List<ImportProblem> refusals = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        ImportSource source = switch (format) {
            case HSDS_JSON -> fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? ImportSource.fromZip(fileName, bytes, ImportLimits.DEFAULT)
                    : ImportSource.of(List.of(new ImportSource.Document(fileName, bytes)));
            case HSDS_CSV -> tabular(fileName, bytes, refusals, notes);
            case EXCEL -> workbook(fileName, bytes, refusals);
            case PTV_V11 -> ptv(fileName, bytes, refusals, notes);
        };
        return new IncomingImport(fileName, format, source, refusals, notes);
    }

    /** The dry run: what the import would do, nothing stored. */
    public ImportReport plan(IncomingImport incoming) {
        requireCoordinator();
        return imports.plan(incoming.source());
    }

    /** Plans again and stores everything in one transaction, or nothing when any row is rejected. */
    public ImportReport apply(IncomingImport incoming) {
        requireCoordinator();
        if (incoming.refused()) {
            throw new IllegalStateException("a refused file is not imported");
        }
        return imports.apply(incoming.source());
    }

    private void requireCoordinator() {
        if (!currentUser.hasAnyRole(UserRole.COORDINATOR, UserRole.ADMIN)) {
            throw new AccessDeniedException("Only coordinators and administrators import");
        }
    }

    private static ImportSource tabular(String fileName, byte[] bytes, List<ImportProblem> refusals, List<ImportProblem> notes) {
        try {
            TabularPackage.Contents contents = new TabularPackage().read(new ByteArrayInputStream(bytes));
            contents.ignored().forEach(ignored -> notes.add(new ImportProblem(fileName, null, null,
                    "import.intake.ignored", List.of(ignored))));
            TabularDocuments documents = TabularDocuments.of(contents.data());
            documents.unlinked().forEach(row -> notes.add(new ImportProblem(fileName, null, null,
                    "import.intake.unlinked", List.of(row))));
            return ImportSource.of(documents.fileBytes(contents.language()).entrySet().stream()
                    .map(file -> new ImportSource.Document(file.getKey(), file.getValue())).toList());
        } catch (TabularFormatException refused) {
            refusals.add(new ImportProblem(fileName, null, null, refused.messageKey(), refused.arguments()));
            return ImportSource.of(List.of());
        }
    }

    private ImportSource workbook(String fileName, byte[] bytes, List<ImportProblem> refusals) {
        try {
            ExcelReadResult result = excel.read(new ByteArrayInputStream(bytes));
            for (ExcelProblem problem : result.problems()) {
                refusals.add(new ImportProblem(fileName + " / " + problem.sheet(),
                        (problem.column() == null ? "" : problem.column()) + problem.row(), problem.header(),
                        problem.messageKey(), new ArrayList<>(problem.arguments())));
            }
            return ImportSource.of(result.files().entrySet().stream()
                    .map(file -> new ImportSource.Document(file.getKey(), file.getValue())).toList());
        } catch (ExcelFormatException refused) {
            refusals.add(new ImportProblem(fileName, null, null, refused.getMessageKey(),
                    Arrays.asList(refused.getArguments())));
            return ImportSource.of(List.of());
        }
    }

    private ImportSource ptv(String fileName, byte[] bytes, List<ImportProblem> refusals, List<ImportProblem> notes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            PtvImport read = ptv.read(Map.of(fileName, text));
            read.dropped().forEach(dropped -> notes.add(new ImportProblem(fileName, dropped.itemId(), dropped.path(),
                    dropped.messageKey(), List.of(dropped.value() == null ? dropped.path() : dropped.value()))));
            return ImportSource.of(read.files().entrySet().stream().map(file -> new ImportSource.Document(file.getKey(),
                    file.getValue().toString().getBytes(StandardCharsets.UTF_8))).collect(Collectors.toList()));
        } catch (CharacterCodingException notUtf8) {
            refusals.add(new ImportProblem(fileName, null, null, "import.intake.not-utf8", List.of()));
        } catch (PtvFileException refused) {
            refusals.add(new ImportProblem(fileName, null, null, refused.messageKey(), new ArrayList<>(refused.arguments())));
        }
        return ImportSource.of(List.of());
    }
}
