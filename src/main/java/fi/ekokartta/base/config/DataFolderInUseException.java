package fi.ekokartta.base.config;

import java.nio.file.Path;

/**
 * The embedded database's folder is in use by another running Ekokartta (it holds the folder's
 * lock), so this process must not start a server there, nor stop the one running.
 */
public class DataFolderInUseException extends IllegalStateException {

    private final Path dataFolder;

    DataFolderInUseException(Path dataFolder) {
        super("The data folder " + dataFolder + " is in use by another running Ekokartta: its embedded PostgreSQL "
                + "belongs to that process.");
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() {
        return dataFolder;
    }
}
