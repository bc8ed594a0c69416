package fi.ekokartta.exchange.excel;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One column of a data sheet: a field, in one language for texts ("name.sv") or numbered for a
 * list that takes several choices ("municipality.3"), with its drop-down list if it has one.
 * Its header is the field's translation with the language or number: "Nimi (sv)", "Kunta 3".
 */
record ExcelColumn(String field, String language, int number, ClosedList list, int width) {

    static final int NARROW = 14;
    static final int MEDIUM = 24;
    static final int WIDE = 40;

    static ExcelColumn text(String field, int width) {
        return new ExcelColumn(field, null, 0, null, width);
    }

    static List<ExcelColumn> localized(String field, int width) {
        return List.of("fi", "sv", "en").stream().map(language -> new ExcelColumn(field, language, 0, null, width)).toList();
    }

    static ExcelColumn choice(String field, ClosedList list, int width) {
        return new ExcelColumn(field, null, 0, list, width);
    }

    static List<ExcelColumn> choices(String field, ClosedList list, int count, int width) {
        return IntStream.rangeClosed(1, count).mapToObj(number -> new ExcelColumn(field, null, number, list, width)).toList();
    }

    /** The name the reader knows the column by: "name.fi", "municipality.3", "email". */
    String id() {
        return language != null ? field + "." + language : number > 0 ? field + "." + number : field;
    }

    String header(ExcelTexts texts) {
        String name = texts.get("excel.column." + field);
        return language != null ? name + " (" + language + ")" : number > 0 ? name + " " + number : name;
    }
}
