package fi.ekokartta.base.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start-up which process has the data folder and what to do instead. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the running Ekokartta first and then run this command (an import or export on the command line "
                        + "included), or give this process a data folder of its own (--ekokartta.data-dir, "
                        + "EKOKARTTA_DATA_DIR). To run beside a running application, use an external PostgreSQL "
                        + "(SPRING_DATASOURCE_URL) for both.", cause);
    }
}
