package fi.ekokartta.base.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock the embedded PostgreSQL (zonky) holds on its folder ({@code epg-lock}) while the
 * process that started it runs. A server found running on a folder whose lock is free was left
 * by a process that died, and may be stopped; while the lock is held, the server belongs to a
 * live process, and nothing of it may be touched.
 */
final class DataFolderLock {

    static final String LOCK_FILE = "epg-lock";

    private DataFolderLock() {
    }

    /** Throws {@link DataFolderInUseException} when another live process holds the folder's lock. */
    static void requireFree(Path dataDirectory, Path dataFolder) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // a new folder: no server has run here (and initdb wants the folder empty)
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null; // this very process runs a server on the folder already
            }
            if (lock == null) {
                throw new DataFolderInUseException(dataFolder);
            }
            lock.release();
        }
    }
}
