package fi.ekokartta.exchange.imports;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * Tells a file's kind: by the HSDS object named at the start of its name (or of its datapackage
 * resource name), else guessed from its keys. Reports a file whose name and objects disagree and
 * one whose kind cannot be told.
 */
final class HsdsFileKinds {

    private final ImportProblems problems;

    HsdsFileKinds(ImportProblems problems) {
        this.problems = problems;
    }

    Optional<HsdsKind> kindOf(String file, String kindName, List<JsonNode> items) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Optional<HsdsKind> named = HsdsKind.ofName(kindName);
        if (named.isEmpty()) {
            Optional<HsdsKind> guessed = HsdsKind.of(items);
            if (guessed.isEmpty()) {
                problems.localized(file, null, null, "import.problem.unknown-kind");
            }
            return guessed;
        }
        Optional<List<String>> contradiction = named.get().contradiction(items);
        if (contradiction.isPresent()) {
            problems.localized(file, null, null, "import.problem.kind-contradiction", contradiction.get().toArray());
            return Optional.empty();
        }
        return named;
    }
}
