package fi.ekokartta.exchange.imports;

import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The import as a command: a dry run of a folder, .json or .zip printed as a report, or with
 * {@code commit} the import applied. The exit status is 0 when nothing is rejected, 1 otherwise.
 */
@Component
public class ImportCommand {

    public static final int ACCEPTED = 0;
    public static final int REJECTED = 1;

    private final ImportService imports;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    public int run(Path path, boolean commit, Locale locale, PrintStream out) {
        ImportSource source = ImportSource.fromPath(path);
        ImportReport report = commit ? imports.apply(source) : imports.plan(source);
        out.print(report.render(locale));
        out.flush();
        return report.rejected() ? REJECTED : ACCEPTED;
    }
}
