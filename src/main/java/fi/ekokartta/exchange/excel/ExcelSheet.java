package fi.ekokartta.exchange.excel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static fi.ekokartta.exchange.excel.ExcelColumn.MEDIUM;
import static fi.ekokartta.exchange.excel.ExcelColumn.NARROW;
import static fi.ekokartta.exchange.excel.ExcelColumn.WIDE;

/** The two data sheets of the template and their columns, in order. The id column comes first. */
enum ExcelSheet {
    ORGANIZATIONS("excel.sheet.organizations", columns(
            List.of(ExcelColumn.text("id", WIDE)),
            ExcelColumn.localized("name", WIDE),
            ExcelColumn.localized("description", WIDE),
            List.of(ExcelColumn.text("business_id", NARROW),
                    ExcelColumn.choice("sector", ClosedList.SECTOR, MEDIUM),
                    ExcelColumn.choice("parent", ClosedList.ORGANIZATION, WIDE),
                    ExcelColumn.text("email", WIDE),
                    ExcelColumn.text("phone", MEDIUM),
                    ExcelColumn.text("website", WIDE)),
            ExcelColumn.choices("municipality", ClosedList.MUNICIPALITY, 8, MEDIUM))),
    SERVICES("excel.sheet.services", columns(
            List.of(ExcelColumn.text("id", WIDE),
                    ExcelColumn.choice("organization", ClosedList.ORGANIZATION, WIDE)),
            ExcelColumn.localized("name", WIDE),
            ExcelColumn.localized("summary", WIDE),
            ExcelColumn.localized("description", WIDE),
            List.of(ExcelColumn.choice("status", ClosedList.SERVICE_STATUS, MEDIUM),
                    ExcelColumn.choice("access", ClosedList.ACCESS, WIDE)),
            ExcelColumn.localized("how_to_get_there", WIDE),
            List.of(ExcelColumn.choice("charge_type", ClosedList.CHARGE_TYPE, MEDIUM),
                    ExcelColumn.text("email", WIDE),
                    ExcelColumn.text("phone", MEDIUM),
                    ExcelColumn.text("website", WIDE)),
            ExcelColumn.choices("municipality", ClosedList.MUNICIPALITY, 8, MEDIUM),
            ExcelColumn.choices("language", ClosedList.LANGUAGE, 5, NARROW),
            ExcelColumn.choices("target_group", ClosedList.TARGET_GROUP, 4, WIDE),
            ExcelColumn.choices("service_class", ClosedList.SERVICE_CLASS, 4, WIDE),
            ExcelColumn.localized("keywords", WIDE)));

    /** The largest number of rows a sheet is read with; more is refused as a whole. */
    static final int MAX_ROWS = 5_000;

    private final String nameKey;
    private final List<ExcelColumn> columns;

    ExcelSheet(String nameKey, List<ExcelColumn> columns) {
        this.nameKey = nameKey;
        this.columns = columns;
    }

    String nameKey() {
        return nameKey;
    }

    List<ExcelColumn> columns() {
        return columns;
    }

    Optional<ExcelColumn> column(String id) {
        return columns.stream().filter(column -> column.id().equals(id)).findFirst();
    }

    @SafeVarargs
    private static List<ExcelColumn> columns(List<ExcelColumn>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }
}
