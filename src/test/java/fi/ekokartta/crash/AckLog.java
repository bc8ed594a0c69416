package fi.ekokartta.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes the application acknowledged, one line each ("kind key value"), appended and flushed to
 * the operating system as soon as the write returned: a killed JVM loses nothing it flushed.
 * The last line may be cut by the kill and is skipped when read.
 */
final class AckLog implements AutoCloseable {

    private final Writer out;

    AckLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized void acknowledged(String kind, Object key, Object value) {
        try {
            out.write(kind + " " + key + " " + value + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        return text.substring(0, complete).lines().map(line -> line.split(" ", 3)).filter(parts -> parts.length == 3)
                .toList();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
