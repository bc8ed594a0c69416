package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.LocalizedText;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One JSON object of an imported file. HSDS objects are bound to the document records the API
 * writes ({@link #bind}, {@link HsdsBinding}); the checks here are then applied to the bound values
 * with their field names ({@link #required}, {@link #email(String, String)}, {@link #webAddress},
 * {@link #parseDate}, ...). Ekokartta's own seed files, which are not HSDS, are read field by field
 * ({@link #text}, {@link #date}, ...). Every read that fails records a problem naming this file,
 * entry and field path, and returns nothing, so that a whole import is checked before anything is
 * stored. Every value read is remembered, so that what was left unread can be reported as dropped
 * ({@link FieldUse}); whether a key is present at all is told by the JSON object ({@link #has}).
 */
public final class ImportEntry {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JsonNode node;
    private final String file;
    private final String label;
    private final String path;
    private final FieldUse use;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    /** The paths of the fields of the whole entry that have a problem already. */
    private final Set<String> refused;

    public ImportEntry(JsonNode node, String file, int position, ImportProblems report) {
        this(node, file, describe(node, position), "", new FieldUse(node), report.problems(), report.warnings(),
                new HashSet<>());
    }

    private ImportEntry(JsonNode node, String file, String label, String path, FieldUse use,
                        List<ImportProblem> problems, List<ImportProblem> warnings, Set<String> refused) {
        this.node = node;
        this.file = file;
        this.label = label;
        this.path = path;
        this.use = use;
        this.problems = problems;
        this.warnings = warnings;
        this.refused = refused;
    }

    /** A nested object (a contact, a location, a meeting) reported as part of this entry. */
    public ImportEntry child(JsonNode child, String childPath) {
        return new ImportEntry(child, file, label + " > " + childPath, path + childPath + ".", use, problems, warnings,
                refused);
    }

    /** The object of a field, e.g. {@code location}, as a nested entry. */
    public ImportEntry child(String field) {
        return child(node.get(field), field);
    }

    /** The object at an index of a list field, e.g. {@code phones[1]}, as a nested entry. */
    public ImportEntry child(String field, int index) {
        return child(node.get(field).get(index), field + "[" + index + "]");
    }

    /**
     * This object as an HSDS document record ({@link HsdsBinding}): wrong values are problems on
     * their fields, keys the record lacks stay unread (dropped), the components bound count as read.
     *
     * @param notHere keys read by another reader (a nested organization or service): neither bound nor marked read
     */
    public <R extends Record> R bind(Class<R> type, String... notHere) {
        return HsdsBinding.bind(this, type, Set.of(notHere));
    }

    /** A list field alone as HSDS document records, bound as {@link #bind} binds it. */
    public <R extends Record> List<R> list(String field, Class<R> type) {
        return HsdsBinding.bindList(this, field, type);
    }

    /** Whether a field of this object has a problem already (a wrong type, no UUID, ...). */
    public boolean refused(String field) {
        return refused.contains(path + field);
    }

    /** A bound value that must be there; a value refused already is not reported again. */
    public <T> T required(String field, T value) {
        if (value == null && !refused(field)) {
            reject(field, "import.problem.required");
        }
        return value;
    }

    /** A bound text of at most the given length; a longer one is refused, not cut. */
    public String limited(String field, String text, int length) {
        if (text != null && text.length() > length) {
            reject(field, "import.problem.too-long", length);
            return null;
        }
        return text;
    }

    /** A bound text as one of an enum's constants, case and dashes aside. */
    public <E extends Enum<E>> Optional<E> enumValue(String field, String text, Class<E> type) {
        return Optional.ofNullable(text).flatMap(value -> parseEnum(field, value, type));
    }

    public JsonNode node() {
        return node;
    }

    /** Marks a field as read as a whole, so nothing under it is reported as dropped. */
    public void used(String field) {
        use.read(path + field);
    }

    /** A field read but not kept after all, so that the report lists it as dropped. */
    public void unused(String field) {
        use.unread(path + field);
    }

    /**
     * Of this object only the given fields count as read: everything else of it is dropped after
     * all (a repeated object, a postal-only location, a term known otherwise).
     */
    public void readOnly(String... fields) {
        List<String> kept = List.of(fields);
        node.propertyNames().forEach(name -> {
            if (!kept.contains(name)) {
                unused(name);
            }
        });
    }

    public String file() {
        return file;
    }

    public String label() {
        return label;
    }

    /** What was read of the whole entry this one belongs to. */
    FieldUse use() {
        return use;
    }

    /** A problem with a message of its own in the translations. */
    public void reject(String field, String key, Object... args) {
        refused.add(path + field);
        problems.add(new ImportProblem(file, label, field, key, List.of(args)));
    }

    /** Something left out that does not make the import wrong (a parent outside the import), with its message key. */
    public void warningKey(String field, String key, Object... args) {
        warnings.add(new ImportProblem(file, label, field, key, List.of(args)));
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public Optional<String> text(String field) {
        JsonNode value = read(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            reject(field, "import.problem.expected-text", typeOf(value));
            return Optional.empty();
        }
        return Optional.of(value.asString().strip()).filter(text -> !text.isEmpty());
    }

    public String requiredText(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty() && !isWrongType(field)) {
            reject(field, "import.problem.required");
        }
        return value.orElse(null);
    }

    public Optional<UUID> id(String field) {
        return text(field).flatMap(text -> parseUuid(field, text));
    }

    public UUID requiredId(String field) {
        Optional<UUID> id = id(field);
        if (id.isEmpty() && !has(field)) {
            reject(field, "import.problem.required");
        }
        return id.orElse(null);
    }

    public Optional<Integer> integer(String field) {
        JsonNode value = read(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            reject(field, "import.problem.expected-whole-number", abbreviated(value));
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    public Optional<Boolean> bool(String field) {
        JsonNode value = read(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            reject(field, "import.problem.expected-boolean", abbreviated(value));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    public Optional<LocalDate> date(String field) {
        return text(field).flatMap(text -> parseDate(field, text));
    }

    public Optional<LocalDate> parseDate(String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            reject(field, "import.problem.not-date", text);
            return Optional.empty();
        }
    }

    /** A local date and time; a date alone means the start of that day. */
    public Optional<LocalDateTime> dateTime(String field) {
        return text(field).flatMap(text -> {
            try {
                return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text));
            } catch (DateTimeParseException e) {
                reject(field, "import.problem.not-date-time", text);
                return Optional.empty();
            }
        });
    }

    /** A time of day, 08:00 or 08:00:00. */
    public Optional<LocalTime> parseTime(String field, String text) {
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            reject(field, "import.problem.not-time", text);
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        return text(field).flatMap(text -> parseEnum(field, text, type));
    }

    public <E extends Enum<E>> Optional<E> parseEnum(String field, String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        reject(field, "import.problem.not-one-of", text, allowed(type));
        return Optional.empty();
    }

    /** A localized text: an object {"fi", "sv", "en"} or a plain string taken as Finnish. */
    public LocalizedText localized(String field, boolean required) {
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
            reject(field, value != null && value.isObject() ? "import.problem.needs-finnish" : "import.problem.required");
        }
        return text;
    }

    /** The elements of an array field; a missing field is an empty list. */
    public List<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "import.problem.expected-list", typeOf(value));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = array(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isObject()) {
                child(item, field + "[" + i + "]").localized("fi", false).in("fi").ifPresent(texts::add);
            } else if (item.isString() && !item.asString().isBlank()) {
                used(field);
                texts.add(item.asString().strip());
            } else {
                reject(field, "import.problem.expected-texts", typeOf(item));
            }
        }
        return texts;
    }

    private boolean isWrongType(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !value.isString() && !value.isObject();
    }

    /** The longest web address kept (the columns of links are this long). */
    public static final int WEB_ADDRESS_LENGTH = 2000;

    /**
     * A web address a page can link to: http or https with a host, at most
     * {@link #WEB_ADDRESS_LENGTH} long; anything else is rejected ({@code import.problem.not-url}).
     */
    public Optional<String> webAddress(String field, String text) {
        return Optional.ofNullable(text).filter(address -> {
            boolean valid = false;
            try {
                URI uri = new URI(address);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                valid = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && address.length() <= WEB_ADDRESS_LENGTH;
            } catch (URISyntaxException notAnAddress) {
                // rejected below like any other text that is not a web address
            }
            if (!valid) {
                reject(field, "import.problem.not-url", address);
            }
            return valid;
        });
    }

    /** An e-mail address: text of the form name@domain.tld. */
    public Optional<String> email(String field) {
        return email(field, text(field).orElse(null));
    }

    /** A bound text checked as an e-mail address. */
    public Optional<String> email(String field, String text) {
        return Optional.ofNullable(text).filter(address -> {
            boolean valid = EMAIL.matcher(address).matches();
            if (!valid) {
                reject(field, "import.problem.not-email", address);
            }
            return valid;
        });
    }

    private JsonNode read(String field) {
        used(field);
        return node.get(field);
    }

    /** The JSON type of a value, in the words of the translations (text, number, list, ...). */
    static ImportTexts.Key typeOf(JsonNode value) {
        String type;
        if (value.isString()) {
            type = "text";
        } else if (value.isNumber()) {
            type = "number";
        } else if (value.isBoolean()) {
            type = "boolean";
        } else if (value.isArray()) {
            type = "list";
        } else {
            type = value.isObject() ? "object" : "null";
        }
        return new ImportTexts.Key("import.type." + type);
    }

    static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public Optional<UUID> parseUuid(String field, String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            reject(field, "import.problem.not-uuid", text);
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
        // Language-neutral, as the report is read in Finnish, Swedish or English: "#3 (id …, "Työkokeilu")".
        StringBuilder label = new StringBuilder("#").append(position + 1);
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
