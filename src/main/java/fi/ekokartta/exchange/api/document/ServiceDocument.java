package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/**
 * HSDS service (compiled). The compact form inside an organization leaves every list and the
 * nested organization out; the list form keeps the one-to-one fields (HSDS 3.1 service_list).
 * <p>
 * Read on import only, left out by the API: {@code fees} (HSDS 3.0's name of fees_description) and
 * {@code schedules}, a service's own hours (the API writes hours with each service_at_location).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceDocument(UUID id, UUID organizationId, String name, String description, String url,
                              List<UrlDocument> additionalUrls, String email, String status, String applicationProcess, String feesDescription,
                              String eligibilityDescription, Integer minimumAge, Integer maximumAge,
                              String assuredDate, String assurerEmail, String lastModified,
                              List<PhoneDocument> phones, List<ServiceAreaDocument> serviceAreas,
                              List<ServiceAtLocationDocument> serviceAtLocations,
                              List<LanguageDocument> languages, OrganizationDocument organization,
                              List<FundingDocument> funding, List<ContactDocument> contacts,
                              List<AttributeDocument> attributes, List<ServiceCapacityDocument> capacities,
                              String alternateName, String interpretationServices, String accreditations, String alert,
                              List<CostOptionDocument> costOptions, List<RequiredDocumentDocument> requiredDocuments,
                              UUID programId, ProgramDocument program, String fees,
                              List<ScheduleDocument> schedules) {

    public static ServiceDocument compact(UUID id, UUID organizationId, String name, String description,
                                          String status, String lastModified) {
        return new ServiceDocument(id, organizationId, name, description, null, null, null, status, null, null, null,
                null, null, null, null, lastModified, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The service_list form of a list item: the one-to-one fields and the organization in its list form. */
    public ServiceDocument listForm() {
        return new ServiceDocument(id, organizationId, name, description, url, null, email, status, applicationProcess,
                feesDescription, eligibilityDescription, minimumAge, maximumAge, assuredDate, assurerEmail, lastModified,
                null, null, null, null, organization == null ? null : organization.listForm(), null, null, null, null,
                alternateName, interpretationServices, accreditations, alert, null, null, programId, program, null, null);
    }

    /** The minimal form: what a harvester needs to tell what changed, and the fields HSDS requires. */
    public ServiceDocument minimalForm() {
        return compact(id, null, name, null, status, lastModified);
    }
}
