package fi.ekokartta.exchange.seed;

import fi.ekokartta.base.domain.LocalizedText;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One JSON object of a seed file, read field by field. Every read that fails records a problem
 * naming this file, entry and field, and returns nothing, so that a whole dataset is checked
 * before anything is stored.
 */
final class SeedEntry {

    private final JsonNode node;
    private final String file;
    private final String label;
    private final List<SeedProblem> problems;
    private final List<SeedProblem> warnings;

    SeedEntry(JsonNode node, String file, int position, SeedReport report) {
        this(node, file, describe(node, position), report.problems(), report.warnings());
    }

    private SeedEntry(JsonNode node, String file, String label, List<SeedProblem> problems, List<SeedProblem> warnings) {
        this.node = node;
        this.file = file;
        this.label = label;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** A nested object (a contact, a location, a meeting) reported as part of this entry. */
    SeedEntry child(JsonNode child, String path) {
        return new SeedEntry(child, file, label + " > " + path, problems, warnings);
    }

    JsonNode node() {
        return node;
    }

    void problem(String field, String message) {
        problems.add(new SeedProblem(file, label, field, message));
    }

    /** Something left out that does not make the dataset wrong, e.g. a parent outside the dataset. */
    void warning(String field, String message) {
        warnings.add(new SeedProblem(file, label, field, message));
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isBoolean()) {
            problem(field, "expected text, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        return Optional.of(value.asString().strip()).filter(text -> !text.isEmpty());
    }

    String requiredText(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty() && !isWrongType(field)) {
            problem(field, "is required");
        }
        return value.orElse(null);
    }

    Optional<UUID> id(String field) {
        return text(field).flatMap(text -> parseUuid(field, text));
    }

    UUID requiredId(String field) {
        Optional<UUID> id = id(field);
        if (id.isEmpty() && !has(field)) {
            problem(field, "is required");
        }
        return id.orElse(null);
    }

    Optional<Integer> integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problem(field, "expected a whole number, found '" + value + "'");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    Optional<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problem(field, "expected true or false, found '" + value + "'");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    Optional<LocalDate> date(String field) {
        return text(field).flatMap(text -> parseDate(field, text));
    }

    Optional<LocalDate> parseDate(String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            problem(field, "'" + text + "' is not a date (expected e.g. 2026-03-12)");
            return Optional.empty();
        }
    }

    /** A local date and time; a date alone means the start of that day. */
    Optional<LocalDateTime> dateTime(String field) {
        return text(field).flatMap(text -> {
            try {
                return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text));
            } catch (DateTimeParseException e) {
                problem(field, "'" + text + "' is not a date and time (expected e.g. 2026-03-12T09:00)");
                return Optional.empty();
            }
        });
    }

    Optional<LocalTime> time(String field) {
        return text(field).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                problem(field, "'" + text + "' is not a time of day (expected e.g. 09:00)");
                return Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        return text(field).flatMap(text -> parseEnum(field, text, type));
    }

    <E extends Enum<E>> Optional<E> parseEnum(String field, String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        problem(field, "'" + text + "' is not one of " + allowed(type));
        return Optional.empty();
    }

    /** A localized text: an object {"fi", "sv", "en"} or a plain string taken as Finnish. */
    LocalizedText localized(String field, boolean required) {
        JsonNode value = node.get(field);
        LocalizedText text = new LocalizedText();
        if (value != null && value.isObject()) {
            for (String language : List.of("fi", "sv", "en")) {
                child(value, field).text(language).ifPresent(t -> text.set(language, t));
            }
        } else {
            text(field).ifPresent(t -> text.set("fi", t));
        }
        if (required && text.in("fi").isEmpty() && !isWrongType(field)) {
            problem(field, value != null && value.isObject() ? "needs a Finnish text ('fi')" : "is required");
        }
        return text;
    }

    /** The elements of an array field; a missing field is an empty list. */
    List<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "expected a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (item.isObject()) {
                child(item, field).localized("fi", false).in("fi").ifPresent(texts::add);
            } else if (item.isValueNode() && !item.asString().isBlank()) {
                texts.add(item.asString().strip());
            } else {
                problem(field, "expected a list of texts");
            }
        }
        return texts;
    }

    private boolean isWrongType(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && (!value.isValueNode() || value.isBoolean()) && !value.isObject();
    }

    Optional<UUID> parseUuid(String field, String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            problem(field, "'" + text + "' is not a UUID");
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static String describe(JsonNode node, int position) {
        StringBuilder label = new StringBuilder("entry ").append(position + 1);
        JsonNode id = node.get("id");
        if (id == null) {
            id = node.get("username");
        }
        if (id != null && id.isValueNode()) {
            label.append(" (id ").append(id.asString());
            JsonNode name = node.get("name");
            if (name == null) {
                name = node.get("title");
            }
            if (name != null && name.isString()) {
                label.append(", \"").append(name.asString()).append('"');
            } else if (name != null && name.isObject() && name.has("fi")) {
                label.append(", \"").append(name.get("fi").asString()).append('"');
            }
            label.append(')');
        }
        return label.toString();
    }
}
