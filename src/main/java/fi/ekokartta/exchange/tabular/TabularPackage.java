package fi.ekokartta.exchange.tabular;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The HSDS tabular data package as a zip (or, when reading, also a folder): one CSV file per table
 * that has rows, and {@code datapackage.json}. Reading takes the files the descriptor names (or,
 * without one, the official file names), refuses a package over {@link #MAX_BYTES} or
 * {@link #MAX_FILES}, and names every file and column it had to leave aside.
 */
public final class TabularPackage {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_FILES = 200;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private final TableSchema schema;
    private final long maxBytes;
    private final int maxFiles;

    public TabularPackage() {
        this(TableSchema.hsds31(), MAX_BYTES, MAX_FILES);
    }

    TabularPackage(TableSchema schema, long maxBytes, int maxFiles) {
        this.schema = schema;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * What was read, and what was left aside: files, resources and columns HSDS does not have; and
     * the language of the texts when the descriptor names one (our open-data packages do), else null.
     */
    public record Contents(TabularData data, List<String> ignored, String language) {
    }

    public void write(TabularData data, PackageInfo info, OutputStream out) throws IOException {
        List<Table> tables = schema.tables().stream().filter(table -> !data.rows(table.name()).isEmpty()).toList();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (Table table : tables) {
            zip.putNextEntry(new ZipEntry(table.fileName()));
            CsvTable.write(table, data.rows(table.name()), writer);
            writer.flush();
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(DataPackageDescriptor.FILE_NAME));
        zip.write(DataPackageDescriptor.write(schema, tables, info));
        zip.closeEntry();
        zip.finish();
    }

    /** Reads a zip file or a folder of CSV files. */
    public Contents read(Path zipOrFolder) {
        if (Files.isDirectory(zipOrFolder)) {
            return assemble(folder(zipOrFolder));
        }
        try (InputStream in = Files.newInputStream(zipOrFolder)) {
            return read(in);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    public Contents read(InputStream zip) {
        return assemble(unzip(zip));
    }

    private Map<String, byte[]> unzip(InputStream raw) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            BufferedInputStream in = new BufferedInputStream(raw);
            in.mark(4);
            byte[] start = in.readNBytes(4);
            in.reset();
            if (Arrays.equals(start, EMPTY_ZIP_MAGIC)) {
                return files;
            }
            if (!Arrays.equals(start, ZIP_MAGIC)) {
                throw notZip(null);
            }
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            long total = 0;
            int count = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > maxFiles) {
                    throw tooManyFiles();
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += bytes.length;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                put(files, entry.getName(), bytes);
            }
            return files;
        } catch (ZipException | EOFException corrupt) {
            throw notZip(corrupt);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private Map<String, byte[]> folder(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> paths = listing.filter(Files::isRegularFile).sorted().toList();
            if (paths.size() > maxFiles) {
                throw tooManyFiles();
            }
            long total = 0;
            for (Path path : paths) {
                total += Files.size(path);
                if (total > maxBytes) {
                    throw tooLarge();
                }
                put(files, path.getFileName().toString(), Files.readAllBytes(path));
            }
            return files;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Files are known by their name alone: a zip made of a folder keeps the folder in its names. */
    private static void put(Map<String, byte[]> files, String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (files.put(name, bytes) != null) {
            throw new TabularFormatException("import.tabular.duplicateFile",
                    "The package has two files named " + name, name);
        }
    }

    private Contents assemble(Map<String, byte[]> files) {
        TabularData data = new TabularData();
        List<String> ignored = new ArrayList<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        byte[] descriptor = files.get(DataPackageDescriptor.FILE_NAME);
        if (descriptor != null && DataPackageDescriptor.isLinkLeftAsText(descriptor)) {
            ignored.add(DataPackageDescriptor.FILE_NAME + " (a link to " + new String(descriptor, StandardCharsets.UTF_8)
                    .strip() + ")");
            descriptor = null;
        }
        if (descriptor != null) {
            DataPackageDescriptor.resourcePaths(descriptor).forEach((resource, path) -> {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!files.containsKey(name)) {
                    throw new TabularFormatException("import.tabular.missingFile",
                            "datapackage.json names " + path + ", which is not in the package", path);
                }
                wanted.put(name, resource);
            });
        } else {
            files.keySet().stream().filter(name -> name.endsWith(".csv")).forEach(name -> wanted.put(name, null));
        }
        files.forEach((name, bytes) -> {
            if (wanted.containsKey(name)) {
                String resource = wanted.get(name);
                schema.byFileName(name)
                        .or(() -> schema.tables().stream().filter(t -> t.resourceName().equals(resource)).findFirst())
                        .ifPresentOrElse(table -> CsvTable.read(table, name, bytes, data, ignored),
                                () -> ignored.add(name));
            } else if (!name.equals(DataPackageDescriptor.FILE_NAME)) {
                ignored.add(name);
            }
        });
        if (data.tableNames().isEmpty() && !hasHeaderOnlyTable(files, wanted)) {
            throw new TabularFormatException("import.tabular.noTables", "The package has no HSDS CSV files");
        }
        return new Contents(data, List.copyOf(ignored), descriptor == null ? null : DataPackageDescriptor.language(descriptor));
    }

    private boolean hasHeaderOnlyTable(Map<String, byte[]> files, Map<String, String> wanted) {
        return wanted.keySet().stream().anyMatch(name -> schema.byFileName(name).isPresent() && files.containsKey(name));
    }

    private TabularFormatException tooLarge() {
        return new TabularFormatException("import.tabular.tooLarge",
                "The package is larger than %d MB".formatted(maxBytes / (1024 * 1024)), maxBytes / (1024 * 1024));
    }

    private TabularFormatException tooManyFiles() {
        return new TabularFormatException("import.tabular.tooManyFiles",
                "The package has more than %d files".formatted(maxFiles), maxFiles);
    }

    private static TabularFormatException notZip(Exception cause) {
        return new TabularFormatException("import.tabular.notZip", "The file is not a whole zip file", cause);
    }

    private static TabularFormatException unreadable(IOException e) {
        return new TabularFormatException("import.tabular.unreadable", "The package cannot be read: " + e.getMessage(),
                new UncheckedIOException(e));
    }
}
