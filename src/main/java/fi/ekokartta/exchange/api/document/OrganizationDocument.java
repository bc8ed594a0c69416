package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/**
 * HSDS organization (compiled). {@code services} is only filled for a single organization; inside
 * a service document it is left out. {@code taxId} is read on import only (a Business ID in its
 * form); the API leaves it out, as the Business ID is an organization identifier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrganizationDocument(UUID id, String name, String alternateName, String description, String email,
                                   String website, List<UrlDocument> additionalWebsites, Integer yearIncorporated,
                                   String legalStatus, String logo, String uri, UUID parentOrganizationId,
                                   List<FundingDocument> funding, List<ContactDocument> contacts,
                                   List<PhoneDocument> phones,
                                   List<OrganizationIdentifierDocument> organizationIdentifiers,
                                   List<AttributeDocument> attributes, List<ServiceDocument> services,
                                   List<ProgramDocument> programs, String taxId) {

    /** The organization_list form of a list item: the one-to-one fields only. */
    public OrganizationDocument listForm() {
        return new OrganizationDocument(id, name, alternateName, description, email, website, null, yearIncorporated,
                legalStatus, logo, uri, parentOrganizationId, null, null, null, null, null, null, null, taxId);
    }

    public OrganizationDocument withServices(List<ServiceDocument> nested) {
        return new OrganizationDocument(id, name, alternateName, description, email, website, additionalWebsites,
                yearIncorporated, legalStatus, logo, uri, parentOrganizationId, funding, contacts, phones,
                organizationIdentifiers, attributes, nested, programs, taxId);
    }
}
