package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportLimits;
import fi.ekokartta.exchange.imports.ImportPlan;
import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportProblems;
import fi.ekokartta.exchange.imports.ImportSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A seed dataset folder: hsds/ is an import source for the pipeline, ecosystem/ is read here
 * into the graph the pipeline read. Any problem of either part rejects the whole dataset.
 */
final class SeedDataset {

    static final String HSDS = "hsds";

    private SeedDataset() {
    }

    static ImportSource hsds(Path folder) {
        if (!Files.isDirectory(folder.resolve(HSDS))) {
            throw new SeedDataException(List.of(new ImportProblem(folder.toString(), null, null,
                    "seed.problem.no-hsds-folder", List.of(HSDS + "/"))));
        }
        return ImportSource.fromFolder(folder.resolve(HSDS), HSDS + "/", ImportLimits.DEFAULT);
    }

    /** The whole dataset, or a {@link SeedDataException} listing every problem of both parts. */
    static SeedGraph read(Path folder, ImportPlan plan) {
        SeedGraph graph = new SeedGraph(plan.graph());
        ImportProblems problems = new ImportProblems();
        problems.problems().addAll(plan.problems());
        new SeedEcosystemReader(folder, graph, problems).read();
        if (!problems.problems().isEmpty()) {
            throw new SeedDataException(problems.problems());
        }
        return graph;
    }
}
