package fi.ekokartta.exchange.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The kinds of file a coordinator can import; each is read into the same HSDS documents. */
public enum ImportFormat {
    /** HSDS JSON documents: one .json file or a .zip of them. */
    HSDS_JSON,
    /** The HSDS tabular CSV data package, zipped. */
    HSDS_CSV,
    /** Ekokartta's Excel template filled in by an actor. */
    EXCEL,
    /** Organizations, services and channels from the Suomi.fi PTV open API (v11). */
    PTV_V11;

    /** PTV's localized name lists, which no HSDS document has. */
    private static final String[] PTV_MARKERS = {"\"serviceNames\"", "\"organizationNames\"", "\"serviceChannelNames\""};

    /** The format a file most likely is, by its name and a look at its start; the coordinator can choose another. */
    public static ImportFormat guess(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return EXCEL;
        }
        if (name.endsWith(".zip")) {
            return holdsCsv(bytes) ? HSDS_CSV : HSDS_JSON;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        for (String marker : PTV_MARKERS) {
            if (start.contains(marker)) {
                return PTV_V11;
            }
        }
        return HSDS_JSON;
    }

    private static boolean holdsCsv(byte[] zip) {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String entryName = entry.getName().toLowerCase(Locale.ROOT);
                if (entryName.endsWith(".csv") || entryName.endsWith("datapackage.json")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // Not a zip one can list: the JSON reader names the problem.
        }
        return false;
    }
}
