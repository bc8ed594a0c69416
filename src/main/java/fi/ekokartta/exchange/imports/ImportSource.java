package fi.ekokartta.exchange.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The import pipeline's input: a set of named HSDS JSON documents, from a folder, from uploaded
 * files or from a zip. Readers of other formats (CSV datapackage, Excel, PTV) produce the same
 * set. Limits are checked while collecting, so an oversized file is never held whole.
 */
public final class ImportSource {

    /** One named file: its name tells its kind ({@code services.json}, {@code taxonomy_terms.sv.json}). */
    public record Document(String name, byte[] bytes) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final ImportProblems problems = new ImportProblems();
    private final ImportLimits limits;
    private String prefix = "";
    private String origin = "upload";

    private ImportSource(ImportLimits limits) {
        this.limits = limits;
    }

    public static ImportSource of(List<Document> documents) {
        return of(documents, ImportLimits.DEFAULT);
    }

    public static ImportSource of(List<Document> documents, ImportLimits limits) {
        ImportSource source = new ImportSource(limits);
        documents.forEach(document -> source.add(document.name(), document.bytes()));
        return source;
    }

    /** A folder of JSON files (not its sub-folders), a single .json file or a .zip. */
    public static ImportSource fromPath(Path path) {
        return fromPath(path, ImportLimits.DEFAULT);
    }

    public static ImportSource fromPath(Path path, ImportLimits limits) {
        ImportSource source = new ImportSource(limits);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        source.origin = path.toString();
        if (Files.isDirectory(path)) {
            source.addFolder(path);
        } else if (!Files.isRegularFile(path)) {
            source.problems.localized(path.toString(), null, null, "import.problem.no-such-path");
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (InputStream in = Files.newInputStream(path)) {
                source.addZip(name, in);
            } catch (IOException e) {
                source.problems.localized(name, null, null, "import.problem.unreadable", e.getMessage());
            }
        } else {
            source.addFile(name, path);
        }
        return source;
    }

    /** The files of a folder, named with a prefix ({@code hsds/services.json}) so that reports say where they are. */
    public static ImportSource fromFolder(Path folder, String namePrefix, ImportLimits limits) {
        ImportSource source = new ImportSource(limits);
        source.prefix = namePrefix;
        source.origin = folder.toString();
        source.addFolder(folder);
        return source;
    }

    /** The JSON files inside an uploaded zip. */
    public static ImportSource fromZip(String name, byte[] zip, ImportLimits limits) {
        ImportSource source = new ImportSource(limits);
        source.origin = name;
        source.addZip(name, new ByteArrayInputStream(zip));
        return source;
    }

    public List<Document> documents() {
        return List.copyOf(documents);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** Problems met while collecting the files (too many, too big, unreadable, none at all). */
    ImportProblems problems() {
        if (documents.isEmpty() && problems.problems().isEmpty()) {
            problems.localized(origin, null, null, "import.problem.no-files");
        }
        return problems;
    }

    private void addFolder(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            paths.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                    .forEach(path -> addFile(prefix + path.getFileName().toString(), path));
        } catch (IOException e) {
            problems.localized(folder.toString(), null, null, "import.problem.unreadable", e.getMessage());
        }
    }

    private void addFile(String name, Path path) {
        try {
            if (Files.size(path) > limits.maxFileBytes()) {
                tooBig(name);
                return;
            }
            add(name, Files.readAllBytes(path));
        } catch (IOException e) {
            problems.localized(name, null, null, "import.problem.unreadable", e.getMessage());
        }
    }

    private void addZip(String zipName, InputStream in) {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (!entry.isDirectory()) {
                    String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                    if (bytes.length > limits.maxFileBytes()) {
                        tooBig(zipName + "/" + name);
                    } else {
                        add(name, bytes);
                    }
                }
            }
            if (entries == 0) {
                problems.localized(zipName, null, null, "import.problem.bad-zip", "no files");
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.localized(zipName, null, null, "import.problem.bad-zip", String.valueOf(e.getMessage()));
        } catch (UncheckedIOException e) {
            problems.localized(zipName, null, null, "import.problem.bad-zip", String.valueOf(e.getCause().getMessage()));
        }
    }

    private void add(String name, byte[] bytes) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            problems.warnings().add(new ImportProblem(name, null, null, "import.warning.not-json-file", List.of()));
            return;
        }
        if (bytes.length > limits.maxFileBytes()) {
            tooBig(name);
        } else if (documents.size() >= limits.maxFiles()) {
            if (documents.size() == limits.maxFiles()) {
                problems.localized(name, null, null, "import.problem.too-many-files", limits.maxFiles());
            }
        } else {
            documents.add(new Document(name, bytes));
        }
    }

    private void tooBig(String name) {
        problems.localized(name, null, null, "import.problem.file-too-big", limits.maxFileBytes());
    }
}
