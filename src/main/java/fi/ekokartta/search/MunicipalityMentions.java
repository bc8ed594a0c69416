package fi.ekokartta.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes municipality names in a query, in any Finnish case form ("Kalajoella", "Ylivieskan",
 * "Sieviin") or folded ("kalajoella"), so that they filter by place instead of being searched
 * as words. A form is a known stem followed by a case ending.
 */
public final class MunicipalityMentions {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}&&[^-]]");

    private static final List<String> ENDINGS = List.of("", "n", "ssa", "sta", "lla", "lta", "lle", "a", "ta", "na",
            "ksi", "an", "en", "in", "on", "un", "yn", "aan", "een", "iin", "seen", "hin", "kin");

    /** Found municipalities and the query words left for the text search. */
    public record Result(Set<String> codes, String remainingText) {
    }

    private final Map<String, String> stemToCode;

    public MunicipalityMentions(Map<String, String> codeToName) {
        this.stemToCode = new HashMap<>();
        codeToName.forEach((code, name) -> stemToCode.put(Folding.fold(name), code));
        readStems().forEach((stem, code) -> stemToCode.put(stem, code));
    }

    public Result find(String query) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> remaining = new ArrayList<>();
        for (String word : SPACES.split(query.strip())) {
            String code = codeOf(Folding.fold(PUNCTUATION.matcher(word).replaceAll("")));
            if (code == null) {
                remaining.add(word);
            } else {
                codes.add(code);
            }
        }
        return new Result(codes, String.join(" ", remaining).strip());
    }

    private String codeOf(String word) {
        if (word.length() < 2) {
            return null;
        }
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                String code = stemToCode.get(word.substring(0, word.length() - ending.length()));
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private static Map<String, String> readStems() {
        Map<String, String> stems = new HashMap<>();
        try (InputStream in = MunicipalityMentions.class.getResourceAsStream("/search/municipality-stems.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                    stems.put(parts[i], parts[0]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
