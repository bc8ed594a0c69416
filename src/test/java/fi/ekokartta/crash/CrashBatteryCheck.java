package fi.ekokartta.crash;

import fi.ekokartta.offering.Offering;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * At a start after a kill: every write in the {@link AckLog} must be in the database (a renamed
 * service carries at least the last acknowledged name), and the search index must hold exactly
 * the published services, each with its current name.
 */
final class CrashBatteryCheck {

    record Result(int acknowledged, int lost, int published, int indexed, int indexMismatches) {
        String line() {
            return "CRASH-BATTERY CHECK acknowledged=%d lost=%d published=%d indexed=%d index-mismatches=%d"
                    .formatted(acknowledged, lost, published, indexed, indexMismatches);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    CrashBatteryCheck(ApplicationContext app) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(
                app.getBean(EntityManagerFactory.class));
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.transaction.setReadOnly(true);
    }

    Result run(Path ackLog) throws IOException {
        List<String[]> acknowledged = AckLog.read(ackLog);
        Set<String> feedback = tokens("select message from accessibility_feedback");
        Set<String> reports = tokens("select message from outdated_report");
        Map<String, String> database = new HashMap<>();
        jdbc.query("select id, name_fi from offering where status = 'PUBLISHED'",
                row -> { database.put(row.getString(1), row.getString(2)); });
        int lost = 0;
        for (String[] write : acknowledged) {
            boolean stored = switch (write[0]) {
                case "feedback" -> feedback.contains(write[1]);
                case "report" -> reports.contains(write[1]);
                case "service", "rename" -> sequenceOf(database.get(write[1])) >= Long.parseLong(write[2]);
                default -> throw new IllegalStateException("Unknown write " + write[0]);
            };
            if (!stored) {
                lost++;
                System.out.println("CRASH-BATTERY LOST " + String.join(" ", write));
            }
        }
        Map<String, String> index = indexedNames();
        Set<String> ids = new HashSet<>(index.keySet());
        ids.addAll(database.keySet());
        int mismatches = (int) ids.stream().filter(id -> !Objects.equals(index.get(id), database.get(id))).count();
        return new Result(acknowledged.size(), lost, database.size(), index.size(), mismatches);
    }

    /** Ids and Finnish names as the index's stored result cards have them. */
    private Map<String, String> indexedNames() {
        return transaction.execute(tx -> {
            Map<String, String> names = new HashMap<>();
            Search.session(entityManager).search(Offering.class)
                    .select(f -> f.composite(f.id(UUID.class), f.field("card_fi", String.class)))
                    .where(f -> f.matchAll()).fetchAllHits()
                    .forEach(hit -> names.put(hit.get(0).toString(),
                            JSON.readTree((String) hit.get(1)).get("name").asString()));
            return names;
        });
    }

    private Set<String> tokens(String query) {
        Set<String> tokens = new HashSet<>();
        jdbc.query(query, row -> {
            String message = row.getString(1);
            if (message.startsWith(CrashBatteryWriter.NAME_PREFIX)) {
                tokens.add(message.substring(CrashBatteryWriter.NAME_PREFIX.length()));
            }
        });
        return tokens;
    }

    private static long sequenceOf(String name) {
        if (name == null || !name.startsWith(CrashBatteryWriter.NAME_PREFIX)) {
            return -1;
        }
        return Long.parseLong(name.substring(CrashBatteryWriter.NAME_PREFIX.length()));
    }
}
