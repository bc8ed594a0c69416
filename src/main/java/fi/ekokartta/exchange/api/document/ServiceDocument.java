package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/**
 * HSDS service (compiled). The compact form inside an organization leaves every list and the
 * nested organization out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceDocument(UUID id, UUID organizationId, String name, String description, String url,
                              String email, String status, String applicationProcess, String feesDescription,
                              String eligibilityDescription, Integer minimumAge, Integer maximumAge,
                              String assuredDate, String assurerEmail, String lastModified,
                              List<PhoneDocument> phones, List<ServiceAreaDocument> serviceAreas,
                              List<ServiceAtLocationDocument> serviceAtLocations,
                              List<LanguageDocument> languages, OrganizationDocument organization,
                              List<FundingDocument> funding, List<ContactDocument> contacts,
                              List<AttributeDocument> attributes) {

    public static ServiceDocument compact(UUID id, UUID organizationId, String name, String description,
                                          String status, String lastModified) {
        return new ServiceDocument(id, organizationId, name, description, null, null, status, null, null, null,
                null, null, null, null, lastModified, null, null, null, null, null, null, null, null);
    }
}
