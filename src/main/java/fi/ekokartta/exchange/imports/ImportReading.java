package fi.ekokartta.exchange.imports;

import fi.ekokartta.area.Municipality;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read and validate steps alone, without a database: every object counts as new. For tests
 * and fuzzing of the readers; {@link ImportService} plans against what is stored.
 */
public final class ImportReading {

    private ImportReading() {
    }

    public static ImportPlan read(ImportSource source, Map<String, Municipality> municipalities) {
        ImportRead read = new ImportReader(source, municipalities, StoredContent.NONE).read();
        return new ImportPlan(read, read.graph().entries.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> ImportOutcome.CREATED)));
    }
}
