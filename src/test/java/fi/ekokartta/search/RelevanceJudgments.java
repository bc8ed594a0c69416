package fi.ekokartta.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The relevance set: queries with graded judgments of seed services (3 right, 2 relevant, 1 marginal). */
record RelevanceJudgments(String query, String language, Map<UUID, Integer> grades) {

    static final String SEED_SET = "/search/relevance-judgments.tsv";
    static final String HOLDOUT_SET = "/search/holdout/relevance-judgments.tsv";
    /** The blind second holdout set: only its aggregate figures may be printed. */
    static final String HOLDOUT2_SET = "/search/holdout2/relevance-judgments.tsv";

    static List<RelevanceJudgments> load() {
        return load(SEED_SET);
    }

    /** The relevance set in the test resource at {@code resource}. */
    static List<RelevanceJudgments> load(String resource) {
        try (InputStream in = RelevanceJudgments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No relevance set " + resource);
            }
            List<RelevanceJudgments> all = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                Map<UUID, Integer> grades = new LinkedHashMap<>();
                for (String judgment : parts[2].split(" ")) {
                    String[] idAndGrade = judgment.split(":");
                    grades.put(UUID.fromString(idAndGrade[0]), Integer.parseInt(idAndGrade[1]));
                }
                all.add(new RelevanceJudgments(parts[0], parts[1], grades));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
