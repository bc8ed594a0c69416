package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportReading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A small seed dataset written to a temporary folder, file by file, for loader tests. */
final class TestDataset {

    final Path folder;

    private TestDataset(Path folder) {
        this.folder = folder;
    }

    static TestDataset create() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return new TestDataset(Files.createTempDirectory(target.toAbsolutePath(), "dataset-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestDataset file(String name, String json) {
        try {
            Path path = folder.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, json);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset read and checked in memory, as the seed loader reads it, without a database. */
    SeedGraph read() {
        return SeedDataset.read(folder, ImportReading.read(SeedDataset.hsds(folder), Map.of()));
    }

    static String organization(UUID id, String name, String businessId) {
        return """
                {"id": "%s", "name": "%s", "description": "Testitoimija",
                 "organization_identifiers": [{"id": "%s", "identifier_type": "Y-tunnus", "identifier": "%s"}],
                 "attributes": [{"id": "%s", "taxonomy_term_id": "%s",
                   "taxonomy_term": {"id": "%s", "code": "sector", "name": "sector", "description": "d", "taxonomy": "ekokartta"},
                   "value": "third_sector"}]}
                """.formatted(id, name, UUID.randomUUID(), businessId, UUID.randomUUID(), SECTOR_TERM, SECTOR_TERM);
    }

    static String service(UUID id, UUID organizationId, String name, String status) {
        return """
                {"id": "%s", "name": "%s", "status": "%s", "organization_id": "%s",
                 "description": "Testipalvelu", "languages": [{"id": "%s", "name": "suomi", "code": "fi"}],
                 "service_areas": [{"id": "%s", "name": "Ylivieska",
                   "uri": "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/977"}]}
                """.formatted(id, name, status, organizationId, UUID.randomUUID(), UUID.randomUUID());
    }

    private static final UUID SECTOR_TERM = UUID.randomUUID();
}
