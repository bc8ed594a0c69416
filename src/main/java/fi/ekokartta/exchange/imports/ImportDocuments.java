package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.ApiMetaDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of a source turned into top-level objects: an array of objects, an HSDS page
 * object with {@code contents}, one object, {@code base.json} (API meta information) or
 * {@code tabular.json} (tables). A {@code datapackage.json} names the kind of the files it lists.
 */
final class ImportDocuments {

    static final String DATAPACKAGE = "datapackage.json";

    private final ImportSource source;
    private final ImportProblems problems;
    private final HsdsDocumentParser parser;
    private final HsdsFileKinds kinds;
    private final List<ImportRoot> roots = new ArrayList<>();
    private boolean tooMany;

    ImportDocuments(ImportSource source, ImportProblems problems) {
        this.source = source;
        this.problems = problems;
        this.parser = new HsdsDocumentParser(source.limits(), problems);
        this.kinds = new HsdsFileKinds(problems);
    }

    List<ImportRoot> roots() {
        Map<String, String> packaged = datapackageNames();
        for (ImportSource.Document document : source.documents()) {
            if (!document.name().equalsIgnoreCase(DATAPACKAGE)) {
                parser.parse(document).ifPresent(tree -> read(document.name(), tree, packaged.get(document.name())));
            }
        }
        return roots;
    }

    private void read(String name, JsonNode tree, String packagedName) {
        String language = languageOf(name);
        if (TabularDocument.looksTabular(tree)) {
            List<JsonNode> orphans = new ArrayList<>();
            for (TabularDocument.Table table : TabularDocument.nest(tree, orphans)) {
                String tableFile = name + "#" + table.tableName();
                HsdsKind.ofName(table.kindName()).ifPresent(kind -> add(kind, tableFile, table.rows(), language));
            }
            if (!orphans.isEmpty()) {
                problems.warnings().add(new ImportProblem(name, null, null, "import.warning.orphan-rows",
                        List.of(orphans.size())));
            }
            return;
        }
        if (isBase(name, tree)) {
            ImportEntry base = new ImportEntry(tree, name, 0, problems);
            Optional.ofNullable(base.bind(ApiMetaDocument.class).version()).filter(version -> !version.startsWith("3."))
                    .ifPresent(version -> problems.warnings().add(new ImportProblem(name, null, "version",
                            "import.warning.version", List.of(version))));
            roots.add(new ImportRoot(HsdsKind.BASE, base, null));
            return;
        }
        itemsOf(name, tree).ifPresent(items -> {
            String kindName = packagedName != null ? packagedName : name;
            kinds.kindOf(name, kindName, items).ifPresent(kind -> add(kind, name, items, language));
        });
    }

    private void add(HsdsKind kind, String file, List<JsonNode> items, String language) {
        for (int i = 0; i < items.size(); i++) {
            if (roots.size() >= source.limits().maxObjects()) {
                if (!tooMany) {
                    problems.localized(file, null, null, "import.problem.too-many-objects", source.limits().maxObjects());
                    tooMany = true;
                }
                return;
            }
            roots.add(new ImportRoot(kind, new ImportEntry(items.get(i), file, i, problems), language));
        }
    }

    /** An array of objects, an HSDS page object whose contents is that array, or one object. */
    private Optional<List<JsonNode>> itemsOf(String name, JsonNode document) {
        if (document.isObject() && !document.has("contents")) {
            return Optional.of(List.of(document));
        }
        JsonNode array = document.isObject() ? document.get("contents") : document;
        if (!array.isArray()) {
            problems.localized(name, null, document.isObject() ? "contents" : null, "import.problem.expected-objects",
                    ImportEntry.typeOf(array));
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                items.add(array.get(i));
            } else {
                problems.localized(name, "#" + (i + 1), null, "import.problem.expected-object",
                        ImportEntry.typeOf(array.get(i)));
            }
        }
        return Optional.of(items);
    }

    private static boolean isBase(String name, JsonNode tree) {
        return HsdsKind.ofName(name).filter(kind -> kind == HsdsKind.BASE).isPresent()
                || tree.isObject() && tree.has("openapi_url") && !tree.has("id");
    }

    /** The resource names a datapackage.json gives its JSON files, by file name. */
    private Map<String, String> datapackageNames() {
        Map<String, String> names = new HashMap<>();
        source.documents().stream().filter(document -> document.name().equalsIgnoreCase(DATAPACKAGE)).findFirst()
                .flatMap(parser::parse).ifPresent(tree -> {
                    JsonNode resources = tree.path("resources");
                    for (JsonNode resource : resources) {
                        String path = resource.path("path").asString("");
                        String file = path.substring(path.lastIndexOf('/') + 1);
                        if (!file.isEmpty() && resource.path("name").isString()) {
                            names.put(file, resource.path("name").asString());
                        }
                    }
                });
        return names;
    }

    /** Swedish or English texts of the same ids: {@code *.sv.json}, {@code *.en.json}; null for the main files. */
    static String languageOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".sv.json")) {
            return "sv";
        }
        return name.endsWith(".en.json") ? "en" : null;
    }
}
