package fi.ekokartta.base.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on this data folder by an application that was killed: the
 * postmaster is started by {@code pg_ctl} as a daemon, so it outlives a JVM killed with
 * {@code kill -9}, and the next start would fail on its {@code postmaster.pid}. Before starting,
 * such a server is found (pid file + a live process that is a {@code postgres} whose working
 * directory is this data folder) and shut down; a pid file whose process is gone or belongs to
 * something else is stale and removed. No manual step after any crash.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(15);

    private LeftoverPostmaster() {
    }

    /** Stops a postmaster still running on {@code dataDirectory} and removes a stale pid file. */
    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        Owner owner = process.map(p -> ownerOf(p, dataDirectory)).orElse(Owner.OTHER);
        switch (owner) {
            case OTHER -> {
                log.info("Removing the stale {} (process {} is not a PostgreSQL server of this folder)", pidFile, pid.get());
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN -> log.warn("Cannot tell whether PostgreSQL process {} works in {} (no /proc here); leaving it "
                    + "running. If the start fails on postmaster.pid, stop that process.", pid.get(), dataDirectory);
            case THIS_FOLDER -> {
                log.warn("A PostgreSQL server (process {}) is still running on {} after an unclean stop; shutting it down",
                        pid.get(), dataDirectory);
                shutDown(process.get());
            }
        }
    }

    /** PostgreSQL writes its pid on the first line; a file being written may still be empty. */
    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.getFirst().strip());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whose the process in the pid file is, as far as this machine lets us tell. */
    enum Owner { THIS_FOLDER, OTHER, UNKNOWN }

    /**
     * A postgres server working in this folder (a postmaster changes into its data directory) is
     * this folder's, so a pid reused by an unrelated process is never stopped. Where the working
     * directory cannot be read (no /proc), a postgres process may be ours: its pid file is then
     * neither removed nor the process stopped.
     */
    static Owner ownerOf(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return Owner.OTHER;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (!Files.isSymbolicLink(cwd)) {
            return Owner.UNKNOWN;
        }
        try {
            return Files.isSameFile(Files.readSymbolicLink(cwd), dataDirectory) ? Owner.THIS_FOLDER : Owner.OTHER;
        } catch (IOException unreadable) {
            return Owner.UNKNOWN;
        }
    }

    /**
     * SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the JVM, so it ends with a
     * checkpoint. Should it hang, SIGKILL: WAL recovery at the next start then replays the rest.
     */
    private static void shutDown(ProcessHandle postmaster) throws IOException {
        postmaster.destroy();
        if (!awaitExit(postmaster, CLEAN_SHUTDOWN)) {
            log.warn("PostgreSQL process {} did not stop in {} s; killing it", postmaster.pid(), CLEAN_SHUTDOWN.toSeconds());
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            if (!awaitExit(postmaster, FORCED_SHUTDOWN)) {
                throw new IOException("Could not stop the PostgreSQL server " + postmaster.pid() + " left running");
            }
        }
        log.info("The leftover PostgreSQL server {} has stopped", postmaster.pid());
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }
}
