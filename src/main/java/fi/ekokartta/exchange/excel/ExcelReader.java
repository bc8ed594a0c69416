package fi.ekokartta.exchange.excel;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a filled template back as the named HSDS JSON files the import reads ("organizations.json",
 * "services.json" and their ".sv.json" / ".en.json" texts), with every problem of every row. A
 * workbook that cannot be read at all is an {@link ExcelFormatException} and gives nothing. Reads
 * the closed lists from the database; changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ExcelReader {

    private final ExcelCatalog catalog;
    private final I18NProvider i18n;

    ExcelReader(ExcelCatalog catalog, I18NProvider i18n) {
        this.catalog = catalog;
        this.i18n = i18n;
    }

    public ExcelReadResult read(InputStream in) {
        List<ExcelTexts> languages = Arrays.stream(Language.values()).map(language -> new ExcelTexts(i18n, language)).toList();
        XSSFWorkbook workbook = WorkbookOpener.open(in);
        try {
            SheetTable organizationSheet = table(workbook, ExcelSheet.ORGANIZATIONS, languages);
            SheetTable serviceSheet = table(workbook, ExcelSheet.SERVICES, languages);
            if (organizationSheet == null && serviceSheet == null) {
                throw new ExcelFormatException("excel.error.not-template");
            }
            ExcelLists lists = catalog.load();
            List<ExcelProblem> problems = new ArrayList<>();
            OrganizationRows organizations = new OrganizationRows(lists);
            SortedMap<String, byte[]> files = new TreeMap<>();
            if (organizationSheet != null) {
                List<ExcelProblem> sheetProblems = new ArrayList<>(organizationSheet.headerProblems());
                addFiles(files, "organizations", organizations.read(organizationSheet, sheetProblems));
                problems.addAll(inCellOrder(sheetProblems));
            }
            if (serviceSheet != null) {
                List<ExcelProblem> sheetProblems = new ArrayList<>(serviceSheet.headerProblems());
                addFiles(files, "services", new ServiceRows(lists, organizations).read(serviceSheet, sheetProblems));
                problems.addAll(inCellOrder(sheetProblems));
            }
            return new ExcelReadResult(files, problems);
        } finally {
            WorkbookOpener.close(workbook);
        }
    }

    /** Row by row, and within a row from left to right (column B before AA). */
    private static List<ExcelProblem> inCellOrder(List<ExcelProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(ExcelProblem::row)
                .thenComparing(problem -> problem.column().length()).thenComparing(ExcelProblem::column)).toList();
    }

    /** The data sheet named as in any language's template, checked to have the columns a row needs. */
    private static SheetTable table(XSSFWorkbook workbook, ExcelSheet definition, List<ExcelTexts> languages) {
        for (ExcelTexts texts : languages) {
            Sheet sheet = workbook.getSheet(texts.get(definition.nameKey()));
            if (sheet != null) {
                SheetTable table = new SheetTable(sheet, definition, languages);
                boolean complete = table.hasColumn("name.fi")
                        && (definition != ExcelSheet.SERVICES || table.hasColumn("organization"));
                if (!complete) {
                    throw new ExcelFormatException("excel.error.missing-columns", sheet.getSheetName());
                }
                return table;
            }
        }
        return null;
    }

    private static void addFiles(SortedMap<String, byte[]> files, String kind, List<ConvertedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ArrayNode finnish = HsdsNodes.array();
        Map<String, ArrayNode> translated = new TreeMap<>();
        for (ConvertedRow row : rows) {
            finnish.add(row.finnish());
            row.translations().forEach((language, texts) ->
                    translated.computeIfAbsent(language, code -> HsdsNodes.array()).add(texts));
        }
        files.put(kind + ".json", HsdsNodes.JSON.writeValueAsBytes(finnish));
        translated.forEach((language, texts) -> files.put(kind + "." + language + ".json",
                HsdsNodes.JSON.writeValueAsBytes(texts)));
    }
}
