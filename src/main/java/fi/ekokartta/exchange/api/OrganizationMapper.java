package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.exchange.api.document.ProgramDocument;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.ContactDocument;
import fi.ekokartta.exchange.api.document.FundingDocument;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.OrganizationIdentifierDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.UrlDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An actor (toimija) as an HSDS organization. */
final class OrganizationMapper {

    /** org-id.guide's scheme for the Finnish Business ID, kept by the Patent and Registration Office. */
    static final String BUSINESS_ID_SCHEME = "FI-PRO";
    static final String BUSINESS_ID_TYPE = "Y-tunnus";

    private final ApiLanguage language;
    private final TermMapper terms;

    OrganizationMapper(ApiLanguage language) {
        this.language = language;
        this.terms = new TermMapper(language);
    }

    /** @param services the organization's published services, or null where HSDS nests none */
    OrganizationDocument organization(Actor actor, List<ServiceDocument> services) {
        return new OrganizationDocument(actor.getId(), Objects.requireNonNullElse(language.text(actor.getName()), ""),
                actor.getAlternateName(), Objects.requireNonNullElse(language.text(actor.getDescription()), ""),
                WebAddresses.email(actor.getEmail()), WebAddresses.absoluteUrl(actor.getWebsite()), websites(actor),
                actor.getYearIncorporated(), blankToNull(actor.getLegalStatus()), WebAddresses.absoluteUrl(actor.getLogo()),
                WebAddresses.absoluteUrl(actor.getUri()), actor.getParent() == null ? null : actor.getParent().getId(),
                funding(actor), contacts(actor), Contacts.phones(actor.getId(), actor.getPhone()), identifiers(actor),
                attributes(actor), services,
                actor.getPrograms().stream().map(this::program).toList(), null);
    }

    /** The organization_list form: the one-to-one fields only, without reading the actor's lists. */
    OrganizationDocument listForm(Actor actor) {
        return new OrganizationDocument(actor.getId(), Objects.requireNonNullElse(language.text(actor.getName()), ""),
                actor.getAlternateName(), Objects.requireNonNullElse(language.text(actor.getDescription()), ""),
                WebAddresses.email(actor.getEmail()), WebAddresses.absoluteUrl(actor.getWebsite()), null,
                actor.getYearIncorporated(), blankToNull(actor.getLegalStatus()), WebAddresses.absoluteUrl(actor.getLogo()),
                WebAddresses.absoluteUrl(actor.getUri()), actor.getParent() == null ? null : actor.getParent().getId(),
                null, null, null, null, null, null, null, null);
    }

    /** HSDS requires a program's name and description; an empty text stands for one not given. */
    ProgramDocument program(Program program) {
        return new ProgramDocument(program.getId(), program.getActor().getId(),
                Objects.requireNonNullElse(language.text(program.getName()), ""),
                language.text(program.getAlternateName()),
                Objects.requireNonNullElse(language.text(program.getDescription()), ""));
    }

    private static List<ContactDocument> contacts(Actor actor) {
        return actor.getContacts().stream()
                .filter(contact -> Contacts.isPublic(contact.getVisibility()))
                .map(contact -> Contacts.contact(contact.getId(), contact.getPerson()))
                .toList();
    }

    /** The further websites that are usable addresses, with their labels. */
    private static List<UrlDocument> websites(Actor actor) {
        List<UrlDocument> websites = new ArrayList<>();
        for (ActorWebsite website : actor.getWebsites()) {
            String url = WebAddresses.absoluteUrl(website.getUrl());
            if (url != null) {
                websites.add(new UrlDocument(website.getId(), blankToNull(website.getLabel()), url));
            }
        }
        return websites;
    }

    private static List<FundingDocument> funding(Actor actor) {
        String funding = blankToNull(actor.getFunding());
        return funding == null ? List.of()
                : List.of(new FundingDocument(StableIds.of("organization-funding", actor.getId()), funding));
    }

    /** The Y-tunnus first, under the scheme of the Finnish Patent and Registration Office, then the others. */
    private static List<OrganizationIdentifierDocument> identifiers(Actor actor) {
        List<OrganizationIdentifierDocument> identifiers = new ArrayList<>();
        if (actor.getBusinessId() != null && !actor.getBusinessId().isBlank()) {
            identifiers.add(new OrganizationIdentifierDocument(StableIds.of("business-id", actor.getId()),
                    BUSINESS_ID_SCHEME, BUSINESS_ID_TYPE, actor.getBusinessId()));
        }
        for (ActorIdentifier identifier : actor.getIdentifiers()) {
            identifiers.add(new OrganizationIdentifierDocument(identifier.getId(), blankToNull(identifier.getScheme()),
                    Objects.requireNonNullElse(blankToNull(identifier.getType()), ""), identifier.getIdentifier()));
        }
        return identifiers;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<AttributeDocument> attributes(Actor actor) {
        List<AttributeDocument> attributes = new ArrayList<>();
        if (actor.getSector() != null) {
            attributes.add(terms.field(actor.getId(), "sector", actor.getSector().name().toLowerCase(Locale.ROOT)));
        }
        actor.getMunicipalities().stream()
                .map(Municipality::getCode)
                .sorted(Comparator.naturalOrder())
                .forEach(code -> attributes.add(terms.field(actor.getId(), "municipality", code)));
        return attributes;
    }
}
