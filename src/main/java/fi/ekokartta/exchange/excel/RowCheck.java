package fi.ekokartta.exchange.excel;

import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
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

    private final SheetTable table;
    private final int row;
    private final Map<String, String> values;
    private final InputCheck input = new InputCheck();
    private final List<ExcelProblem> problems = new ArrayList<>();

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

    String text(String column) {
        return input.text(column, values.get(column), InputCheck.SHORT_TEXT);
    }

    String longText(String column) {
        return input.text(column, values.get(column), LONG_TEXT);
    }

    String requiredText(String column) {
        return input.requiredText(column, values.get(column), InputCheck.SHORT_TEXT);
    }

    String email(String column) {
        return input.email(column, values.get(column));
    }

    String phone(String column) {
        return input.phone(column, values.get(column));
    }

    String url(String column) {
        return input.url(column, values.get(column));
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
        sheet.columns().stream().filter(column -> column.field().equals(field)).map(ExcelColumn::id).forEach(column -> {
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
