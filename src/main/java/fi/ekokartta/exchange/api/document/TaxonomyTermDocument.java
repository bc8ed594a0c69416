package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** HSDS taxonomy_term: a service class, a target group, a keyword or an Ekokartta field name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaxonomyTermDocument(UUID id, String code, String name, String description, UUID parentId,
                                   String taxonomy, String language, UUID taxonomyId, String termUri) {
}
