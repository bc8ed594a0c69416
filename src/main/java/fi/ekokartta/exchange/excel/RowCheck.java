package fi.ekokartta.exchange.excel;

import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cells of one data row, checked by the application's own input rules ({@link InputCheck}:
 * the same e-mail, phone and web address rules as the editors) and against the closed lists,
 * collecting every problem of the row instead of stopping at the first.
 */
final class RowCheck {

    static final int LONG_TEXT = 10_000;
    /**
     * A cell holding only a dash empties the stored value on an update (a blank cell keeps it).
     * The en and em dash count too, as spreadsheets turn a typed hyphen into them.
     */
    private static final Set<String> CLEAR_MARKS = Set.of("-", "\u2013", "\u2014");

    private final SheetTable table;
    private final int row;
    private final Map<String, String> values;
    private final InputCheck input = new InputCheck();
    private final List<ExcelProblem> problems = new ArrayList<>();
    private final Set<String> clearable = new HashSet<>();

    RowCheck(SheetTable table, int row, Map<String, String> values) {
        this.table = table;
        this.row = row;
        this.values = values;
    }

    int row() {
        return row;
    }

    String raw(String column) {
        return values.get(column);
    }

    /**
     * Whether the cell asks to empty the stored value: it holds only a dash. A column whose
     * reader asks this may be emptied; a dash in any other column is a problem of the row.
     */
    boolean clears(String column) {
        clearable.add(column);
        return isDash(column);
    }

    /** Whether any of a list's numbered columns ("municipality.1" ...) holds only a dash. */
    boolean clearsAny(ExcelSheet sheet, String field) {
        return sheet.columns().stream().filter(column -> column.field().equals(field))
                .map(column -> clears(column.id())).reduce(false, Boolean::logicalOr);
    }

    private boolean isDash(String column) {
        String text = values.get(column);
        return text != null && CLEAR_MARKS.contains(text.strip());
    }

    String text(String column) {
        return isDash(column) ? null : input.text(column, values.get(column), InputCheck.SHORT_TEXT);
    }

    String longText(String column) {
        return isDash(column) ? null : input.text(column, values.get(column), LONG_TEXT);
    }

    String requiredText(String column) {
        return input.requiredText(column, values.get(column), InputCheck.SHORT_TEXT);
    }

    String email(String column) {
        return isDash(column) ? null : input.email(column, values.get(column));
    }

    String phone(String column) {
        return isDash(column) ? null : input.phone(column, values.get(column));
    }

    String url(String column) {
        return isDash(column) ? null : input.url(column, values.get(column));
    }

    /** The id column: blank for a new row, otherwise a UUID. */
    Optional<UUID> id() {
        String text = values.get("id");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            problem("id", "excel.problem.invalid-id", text);
            return Optional.empty();
        }
    }

    /** The value a single-choice cell names, if it names one; an unknown text is a problem. */
    Optional<String> choice(String column, ClosedList list, ExcelLists lists) {
        String text = values.get(column);
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> value = lists.valueOf(list, text);
        if (value.isEmpty()) {
            problem(column, "excel.problem.unknown-value", text);
        }
        return value;
    }

    /** The values of a list's numbered columns ("municipality.1" ...), each cell also taking several separated by ";". */
    List<String> choices(ExcelSheet sheet, String field, ClosedList list, ExcelLists lists) {
        Set<String> chosen = new LinkedHashSet<>();
        sheet.columns().stream().filter(column -> column.field().equals(field)).map(ExcelColumn::id)
                .filter(column -> !isDash(column)).forEach(column -> {
            for (String part : split(values.get(column))) {
                lists.valueOf(list, part).ifPresentOrElse(chosen::add,
                        () -> problem(column, "excel.problem.unknown-value", part));
            }
        });
        return List.copyOf(chosen);
    }

    /** Words of a keyword cell, separated by ";", "," or line breaks. */
    List<String> words(String column) {
        Set<String> words = new LinkedHashSet<>();
        String text = values.get(column);
        if (text != null) {
            for (String word : text.split("[;,\\n]")) {
                String checked = input.text(column, word, 100);
                if (checked != null) {
                    words.add(checked);
                }
            }
        }
        return List.copyOf(words);
    }

    void problem(String column, String messageKey, String... arguments) {
        problems.add(new ExcelProblem(table.name(), row, table.columnLetter(column), table.header(column), messageKey,
                Arrays.asList(arguments)));
    }

    /** Every problem of the row: the list and id checks and the input rules' field errors. */
    List<ExcelProblem> problems() {
        List<ExcelProblem> all = new ArrayList<>(problems);
        values.keySet().stream().filter(column -> isDash(column) && !clearable.contains(column)).sorted()
                .forEach(column -> all.add(new ExcelProblem(table.name(), row, table.columnLetter(column),
                        table.header(column), "excel.problem.cannot-clear", List.of())));
        try {
            input.throwIfInvalid();
        } catch (ValidationException e) {
            e.getFieldErrors().forEach((column, key) -> all.add(new ExcelProblem(table.name(), row,
                    table.columnLetter(column), table.header(column), key, List.of())));
        }
        return all;
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
