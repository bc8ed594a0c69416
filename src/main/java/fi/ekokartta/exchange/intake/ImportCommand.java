package fi.ekokartta.exchange.intake;

import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The import as a command: a dry run of a folder, .json, .zip (HSDS JSON or the CSV data package),
 * filled Excel template (.xlsx) or PTV file printed as a report, or with {@code commit} the import
 * applied. The exit status is 0 when nothing is rejected, 1 otherwise. The command is run by the
 * server's operator, so it is not asked for a coordinator's sign-in.
 */
@Component
public class ImportCommand {

    public static final int ACCEPTED = 0;
    public static final int REJECTED = 1;

    private final ImportService imports;
    private final ImportIntake intake;

    ImportCommand(ImportService imports, ImportIntake intake) {
        this.imports = imports;
        this.intake = intake;
    }

    public int run(Path path, boolean commit, Locale locale, PrintStream out) {
        Optional<ImportSource> source = source(path, locale, out);
        if (source.isEmpty()) {
            return REJECTED;
        }
        ImportReport report = commit ? imports.apply(source.get()) : imports.plan(source.get());
        out.print(report.render(locale));
        out.flush();
        return report.rejected() ? REJECTED : ACCEPTED;
    }

    /**
     * A single file of another format than HSDS JSON (a workbook, a CSV data package, a PTV file)
     * read through the intake; anything else (a folder, .json, a zip of JSON) read as it is. Empty
     * when the file itself is refused, its reasons printed.
     */
    private Optional<ImportSource> source(Path path, Locale locale, PrintStream out) {
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException unreadable) {
                return Optional.of(ImportSource.fromPath(path));
            }
            ImportFormat format = ImportFormat.guess(name, bytes);
            if (format != ImportFormat.HSDS_JSON) {
                IncomingImport incoming = intake.read(format, name, bytes);
                incoming.notes().forEach(note -> out.println(note.describe(locale)));
                if (incoming.refused()) {
                    incoming.refusals().forEach(refusal -> out.println(refusal.describe(locale)));
                    out.flush();
                    return Optional.empty();
                }
                return Optional.of(incoming.source());
            }
        }
        return Optional.of(ImportSource.fromPath(path));
    }
}
