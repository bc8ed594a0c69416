package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.BusinessId;
import fi.ekokartta.exchange.api.document.FundingDocument;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.OrganizationIdentifierDocument;
import fi.ekokartta.exchange.api.document.UrlDocument;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * HSDS organizations become actors: Business ID, parent, sector, municipalities, contacts, further
 * websites, identifiers, legal status, year incorporated, logo, uri and funding.
 * <p>
 * Not read, so reported as dropped: {@code tax_status} (a US tax-exemption class with no Finnish
 * counterpart) and the organization's own {@code locations}: an actor has no address of its own
 * in Ekokartta, the places where it serves are its services' channels (service_at_location).
 */
final class HsdsOrganizationReader {

    static final int FIRST_YEAR = 1800;

    private final ImportGraph graph;
    private final Map<UUID, UUID> parentIds = new HashMap<>();
    private final Map<UUID, ImportEntry> entries = new HashMap<>();

    HsdsOrganizationReader(ImportGraph graph) {
        this.graph = graph;
    }

    void read(List<ImportEntry> items) {
        items.forEach(this::readOrganization);
        parentIds.forEach(this::linkParent);
    }

    private void readOrganization(ImportEntry entry) {
        // A compiled organization's services are read by the service reader.
        OrganizationDocument organization = entry.bind(OrganizationDocument.class, "services");
        UUID id = entry.required("id", organization.id());
        String name = entry.required("name", organization.name());
        if (id == null || name == null) {
            return;
        }
        if (graph.actors.containsKey(id)) {
            // Read from its first occurrence: of this one only what told it apart was read.
            entry.readOnly("id", "name", "services");
            graph.repeated(id, entry);
            return;
        }
        Actor actor = new Actor();
        actor.setId(id);
        actor.getName().set("fi", name);
        actor.setAlternateName(organization.alternateName());
        Optional.ofNullable(organization.description()).ifPresent(text -> actor.getDescription().set("fi", text));
        actor.setWebsite(organization.website());
        actor.setEmail(entry.email("email", organization.email()).orElse(null));
        actor.setPhone(HsdsContacts.firstPhone(entry, organization.phones()).orElse(null));
        readIdentifiers(entry, organization, actor);
        readDetails(entry, organization, actor);
        HsdsContacts.contacts(entry, organization.contacts()).forEach(contact -> {
            ActorContact actorContact = new ActorContact();
            actorContact.setPerson(contact.details());
            contact.id().filter(graph::claimPartId).ifPresent(actorContact::setId);
            actorContact.setVisibility(contact.visibility());
            actor.addContact(actorContact);
        });
        HsdsAttributes attributes = HsdsAttributes.of(entry, organization.attributes());
        // An organization keeps no service classes or target groups.
        attributes.termLinks.forEach(HsdsAttributes::termNotRead);
        String sector = attributes.extension("sector");
        if (sector != null) {
            actor.setSector(entry.parseEnum("attributes.sector", sector, ActorSector.class).orElse(null));
        }
        new HsdsProgramReader(graph).readOwn(entry, organization.programs(), actor);
        attributes.extensions("municipality").forEach(code ->
                graph.municipality(entry, "attributes.municipality", code).ifPresent(actor.getMunicipalities()::add));
        Optional.ofNullable(organization.parentOrganizationId()).ifPresent(parent -> parentIds.put(id, parent));
        entries.put(id, entry);
        graph.register(id, entry);
        graph.actors.put(id, actor);
    }

    /**
     * The Y-tunnus from organization_identifiers (the first one of its scheme), or from tax_id when
     * that has its form; the other identifiers are kept as they are.
     */
    private void readIdentifiers(ImportEntry entry, OrganizationDocument organization, Actor actor) {
        List<OrganizationIdentifierDocument> identifiers = organization.organizationIdentifiers();
        String businessId = null;
        for (int i = 0; i < identifiers.size(); i++) {
            OrganizationIdentifierDocument item = identifiers.get(i);
            if (item == null) {
                continue;
            }
            ImportEntry identifier = entry.child("organization_identifiers", i);
            String scheme = identifier.limited("identifier_scheme", item.identifierScheme(), ActorIdentifier.LENGTH);
            String type = identifier.limited("identifier_type", item.identifierType(), ActorIdentifier.LENGTH);
            String kind = (type == null ? "" : type) + " " + (scheme == null ? "" : scheme);
            if (businessId == null && kind.toLowerCase(Locale.ROOT).matches(".*(y-tunnus|business id|fi-ytj|fi-pro).*")) {
                // The Business ID is the actor's own field; the identifier's id is not kept.
                identifier.unused("id");
                businessId = validBusinessId(identifier, "identifier", item.identifier());
                continue;
            }
            String value = identifier.required("identifier", item.identifier());
            if (type == null && !identifier.has("identifier_type")) {
                identifier.reject("identifier_type", "import.problem.required");
            }
            if (value == null || type == null) {
                continue;
            }
            if (value.length() > ActorIdentifier.LENGTH) {
                identifier.reject("identifier", "import.problem.too-long", ActorIdentifier.LENGTH);
                continue;
            }
            ActorIdentifier kept = new ActorIdentifier(scheme, type, value);
            Optional.ofNullable(item.id()).filter(graph::claimPartId).ifPresent(kept::setId);
            actor.addIdentifier(kept);
        }
        if (businessId == null) {
            String taxId = organization.taxId();
            businessId = taxId != null && taxId.matches("\\d{6,7}-\\d") ? validBusinessId(entry, "tax_id", taxId) : null;
        } else {
            entry.unused("tax_id");
        }
        actor.setBusinessId(businessId);
    }

    private void readDetails(ImportEntry entry, OrganizationDocument organization, Actor actor) {
        actor.setLegalStatus(entry.limited("legal_status", organization.legalStatus(), 255));
        actor.setLogo(entry.webAddress("logo", organization.logo()).orElse(null));
        actor.setUri(entry.webAddress("uri", organization.uri()).orElse(null));
        Optional.ofNullable(organization.yearIncorporated()).ifPresent(year -> {
            int thisYear = Year.now().getValue();
            if (year < FIRST_YEAR || year > thisYear) {
                entry.reject("year_incorporated", "import.problem.year-out-of-range", year, FIRST_YEAR, thisYear);
            } else {
                actor.setYearIncorporated(year);
            }
        });
        List<UrlDocument> websites = organization.additionalWebsites();
        for (int i = 0; i < websites.size(); i++) {
            if (websites.get(i) == null) {
                continue;
            }
            ImportEntry website = entry.child("additional_websites", i);
            String label = website.limited("label", websites.get(i).label(), ActorWebsite.LABEL_LENGTH);
            if (!website.has("url")) {
                website.reject("url", "import.problem.required");
                continue;
            }
            String url = website.webAddress("url", websites.get(i).url()).orElse(null);
            if (url != null) {
                ActorWebsite kept = new ActorWebsite(label, url);
                Optional.ofNullable(websites.get(i).id()).filter(graph::claimPartId).ifPresent(kept::setId);
                actor.addWebsite(kept);
            }
        }
        List<String> texts = new ArrayList<>();
        List<FundingDocument> sources = organization.funding();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null) {
                // One text in Ekokartta: the sources' own ids are not kept (reported as dropped).
                entry.child("funding", i).unused("id");
                Optional.ofNullable(sources.get(i).source()).ifPresent(texts::add);
            }
        }
        String funding = String.join("; ", texts);
        if (funding.length() > Actor.FUNDING_LENGTH) {
            entry.reject("funding", "import.problem.too-long", Actor.FUNDING_LENGTH);
        } else if (!funding.isEmpty()) {
            actor.setFunding(funding);
        }
    }

    private String validBusinessId(ImportEntry entry, String field, String text) {
        if (entry.required(field, text) == null) {
            return null;
        }
        return BusinessId.normalize(text).orElseGet(() -> {
            entry.reject(field, "import.problem.not-business-id", text);
            return null;
        });
    }

    private void linkParent(UUID id, UUID parentId) {
        ImportEntry entry = entries.get(id);
        Actor parent = graph.quietActor(parentId).orElse(null);
        if (parent == null) {
            entry.warningKey("parent_organization_id", "import.warning.unknown-parent", parentId.toString());
            entry.unused("parent_organization_id");
            return;
        }
        Set<UUID> seen = new HashSet<>(Set.of(id));
        for (UUID step = parentId; step != null; step = parentIds.get(step)) {
            if (!seen.add(step)) {
                entry.reject("parent_organization_id", "import.problem.parent-loop");
                return;
            }
        }
        graph.actors.get(id).setParent(parent);
    }
}
