package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.paths.PathStep;
import fi.ekokartta.paths.ServicePath;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The service paths (issue 14): a slug, texts, whether published, and steps naming services of the dataset. */
final class EcosystemPathsReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SeedGraph graph;

    EcosystemPathsReader(SeedGraph graph) {
        this.graph = graph;
    }

    void read(EcosystemFile file) {
        Set<String> slugs = new HashSet<>();
        for (ImportEntry entry : file.entries(null)) {
            ServicePath path = new ServicePath();

            String slug = entry.requiredText("slug");
            if (slug != null && !SLUG.matcher(slug).matches()) {
                entry.reject("slug", "seed.problem.slug-format", slug);
            } else if (slug != null && !slugs.add(slug)) {
                entry.reject("slug", "seed.problem.duplicate-slug", slug);
            }
            path.setSlug(slug);
            path.setTitle(entry.localized("title", true));
            path.setIntro(entry.localized("intro", false));
            path.setPublished(entry.bool("published").orElse(true));
            // A new entity already has a random id, so the seed's id (or one derived from the slug) is always set.
            EcosystemFile.id(entry, entry.has("id") ? "id" : "slug", "service-path").ifPresent(path::setId);
            List<JsonNode> steps = entry.array("steps");
            Set<UUID> services = new HashSet<>();
            for (int i = 0; i < steps.size(); i++) {
                ImportEntry step = entry.child(steps.get(i), "steps[" + i + "]");
                UUID serviceId = EcosystemFile.requiredId(step, "service", "service");
                if (serviceId == null) {
                    continue;
                }
                if (!services.add(serviceId)) {
                    step.reject("service", "seed.problem.step-repeated");
                    continue;
                }
                SeedGraph.known(step, "service", serviceId, graph.offerings, SeedGraph.UNKNOWN_SERVICE)
                        .ifPresent((Offering service) ->
                                path.addStep(PathStep.of(service, step.localized("text", false))));
            }
            if (path.isPublished() && path.getSteps().isEmpty()) {
                entry.reject("steps", "seed.problem.published-path-without-steps");
            }
            graph.paths.add(path);
        }
    }
}
