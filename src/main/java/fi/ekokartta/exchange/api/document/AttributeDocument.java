package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** HSDS attribute: links the enclosing object to a taxonomy term, optionally with a value; label (HSDS 3.1) names the term. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttributeDocument(UUID id, UUID taxonomyTermId, String value, TaxonomyTermDocument taxonomyTerm,
                                String label) {
}
