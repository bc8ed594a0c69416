package fi.ekokartta.exchange.tabular;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of a data package (RFC 4180, UTF-8, a header row). Every written value is quoted,
 * so an empty text ({@code ""}) and no value (an empty cell) stay apart when read back.
 */
final class CsvTable {

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("")
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private CsvTable() {
    }

    static void write(Table table, List<Map<String, String>> rows, Writer out) throws IOException {
        List<String> header = table.columns().stream().map(Column::name).toList();
        CSVPrinter printer = new CSVPrinter(out, WRITE);
        printer.printRecord(header);
        for (Map<String, String> row : rows) {
            List<String> values = new ArrayList<>(header.size());
            header.forEach(column -> values.add(row.get(column)));
            printer.printRecord(values);
        }
        printer.flush();
    }

    /**
     * Reads a file's rows into the table's rows; columns the table does not have are left out and
     * named in {@code ignored}.
     */
    static void read(Table table, String fileName, byte[] bytes, TabularData data, List<String> ignored) {
        String text = decode(fileName, bytes);
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(READ).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new TabularFormatException("import.tabular.emptyFile", fileName + " has no header row", fileName);
            }
            if (!header.contains("id")) {
                throw new TabularFormatException("import.tabular.noIdColumn", fileName + " has no id column", fileName);
            }
            header.stream().filter(column -> !table.hasColumn(column))
                    .forEach(column -> ignored.add(fileName + ": " + column));
            for (CSVRecord record : parser) {
                row(table, fileName, header, record, data);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            throw new TabularFormatException("import.tabular.badCsv", fileName + " is not proper CSV: "
                    + malformed.getMessage(), malformed, fileName);
        }
    }

    private static void row(Table table, String fileName, List<String> header, CSVRecord record, TabularData data) {
        long line = record.getParser().getCurrentLineNumber();
        if (record.size() != header.size()) {
            throw new TabularFormatException("import.tabular.badRow", "%s line %d has %d values for %d columns"
                    .formatted(fileName, line, record.size(), header.size()), fileName, line);
        }
        String id = record.get("id");
        if (id == null || id.isBlank()) {
            throw new TabularFormatException("import.tabular.missingId", "%s line %d has no id"
                    .formatted(fileName, line), fileName, line);
        }
        if (data.contains(table.name(), id)) {
            throw new TabularFormatException("import.tabular.duplicateId", "%s line %d repeats the id %s"
                    .formatted(fileName, line, id), fileName, line, id);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : header) {
            String value = record.get(column);
            if (value != null && table.hasColumn(column)) {
                values.put(column, value);
            }
        }
        data.rowFor(table.name(), id).putAll(values);
    }

    /** Strict UTF-8: a file in another encoding is refused rather than read with broken letters. */
    private static String decode(String fileName, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new TabularFormatException("import.tabular.encoding", fileName + " is not UTF-8 text", notUtf8,
                    fileName);
        }
    }
}
