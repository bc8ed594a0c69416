package fi.ekokartta.paths;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.List;
import java.util.UUID;

/** What a coordinator writes of a path: its address, texts, whether it is public, and its steps in order. */
public record PathContent(String slug, LocalizedText title, LocalizedText intro, boolean published, List<StepContent> steps) {

    public PathContent {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A step: the service and the explanatory text (plain text; a blank line starts a paragraph). */
    public record StepContent(UUID serviceId, LocalizedText text) {
    }
}
