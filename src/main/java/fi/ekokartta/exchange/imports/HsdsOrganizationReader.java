package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.BusinessId;
import tools.jackson.databind.JsonNode;

import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        UUID id = entry.requiredId("id");
        String name = entry.requiredText("name");
        if (id == null || name == null) {
            return;
        }
        if (graph.actors.containsKey(id)) {
            graph.repeated(id, entry);
            return;
        }
        Actor actor = new Actor();
        actor.setId(id);
        actor.getName().set("fi", name);
        actor.setAlternateName(entry.text("alternate_name").orElse(null));
        entry.text("description").ifPresent(text -> actor.getDescription().set("fi", text));
        actor.setWebsite(entry.text("website").orElse(null));
        actor.setEmail(entry.email("email").orElse(null));
        actor.setPhone(HsdsContacts.firstPhone(entry).orElse(null));
        readIdentifiers(entry, actor);
        readDetails(entry, actor);
        HsdsContacts.contacts(entry).forEach(contact -> {
            ActorContact actorContact = new ActorContact();
            actorContact.setPerson(contact.details());
            contact.id().filter(graph::claimPartId).ifPresent(actorContact::setId);
            actorContact.setVisibility(contact.visibility());
            actor.addContact(actorContact);
        });
        HsdsAttributes attributes = HsdsAttributes.of(entry);
        String sector = attributes.extension("sector");
        if (sector != null) {
            actor.setSector(entry.parseEnum("attributes.sector", sector, ActorSector.class).orElse(null));
        }
        new HsdsProgramReader(graph).readOwn(entry, actor);
        attributes.extensions("municipality").forEach(code ->
                graph.municipality(entry, "attributes.municipality", code).ifPresent(actor.getMunicipalities()::add));
        entry.id("parent_organization_id").ifPresent(parent -> parentIds.put(id, parent));
        entries.put(id, entry);
        graph.register(id, entry);
        graph.actors.put(id, actor);
    }

    /**
     * The Y-tunnus from organization_identifiers (the first one of its scheme), or from tax_id when
     * that has its form; the other identifiers are kept as they are.
     */
    private void readIdentifiers(ImportEntry entry, Actor actor) {
        List<JsonNode> identifiers = entry.array("organization_identifiers");
        String businessId = null;
        for (int i = 0; i < identifiers.size(); i++) {
            ImportEntry identifier = entry.child(identifiers.get(i), "organization_identifiers[" + i + "]");
            String scheme = limited(identifier, "identifier_scheme", ActorIdentifier.LENGTH);
            String type = limited(identifier, "identifier_type", ActorIdentifier.LENGTH);
            String kind = (type == null ? "" : type) + " " + (scheme == null ? "" : scheme);
            if (businessId == null && kind.toLowerCase(Locale.ROOT).matches(".*(y-tunnus|business id|fi-ytj|fi-pro).*")) {
                businessId = validBusinessId(identifier, "identifier");
                continue;
            }
            String value = identifierText(identifier);
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
            identifier.id("id").filter(graph::claimPartId).ifPresent(kept::setId);
            actor.addIdentifier(kept);
        }
        if (businessId == null) {
            String taxId = entry.text("tax_id").orElse(null);
            businessId = taxId != null && taxId.matches("\\d{6,7}-\\d") ? validBusinessId(entry, "tax_id") : null;
        }
        actor.setBusinessId(businessId);
    }

    private void readDetails(ImportEntry entry, Actor actor) {
        actor.setLegalStatus(limited(entry, "legal_status", 255));
        actor.setLogo(entry.webAddress("logo").orElse(null));
        actor.setUri(entry.webAddress("uri").orElse(null));
        entry.integer("year_incorporated").ifPresent(year -> {
            int thisYear = Year.now().getValue();
            if (year < FIRST_YEAR || year > thisYear) {
                entry.reject("year_incorporated", "import.problem.year-out-of-range", year, FIRST_YEAR, thisYear);
            } else {
                actor.setYearIncorporated(year);
            }
        });
        List<JsonNode> websites = entry.array("additional_websites");
        for (int i = 0; i < websites.size(); i++) {
            ImportEntry website = entry.child(websites.get(i), "additional_websites[" + i + "]");
            String label = limited(website, "label", ActorWebsite.LABEL_LENGTH);
            if (!website.has("url")) {
                website.reject("url", "import.problem.required");
                continue;
            }
            String url = website.webAddress("url").orElse(null);
            if (url != null) {
                ActorWebsite kept = new ActorWebsite(label, url);
                website.id("id").filter(graph::claimPartId).ifPresent(kept::setId);
                actor.addWebsite(kept);
            }
        }
        List<JsonNode> sources = entry.array("funding");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            entry.child(sources.get(i), "funding[" + i + "]").text("source").ifPresent(texts::add);
        }
        // One text in Ekokartta: the sources' own ids are not kept (reported as dropped).
        String funding = String.join("; ", texts);
        if (funding.length() > Actor.FUNDING_LENGTH) {
            entry.reject("funding", "import.problem.too-long", Actor.FUNDING_LENGTH);
        } else if (!funding.isEmpty()) {
            actor.setFunding(funding);
        }
    }

    /** The identifier as text; a tabular file's cell may hold it as a number (a company number). */
    private static String identifierText(ImportEntry identifier) {
        JsonNode raw = identifier.raw("identifier");
        if (raw != null && raw.isIntegralNumber()) {
            identifier.used("identifier");
            return raw.asString();
        }
        return identifier.requiredText("identifier");
    }

    /** A text of at most the given length; a longer one is refused, not cut. */
    private static String limited(ImportEntry entry, String field, int length) {
        String text = entry.text(field).orElse(null);
        if (text != null && text.length() > length) {
            entry.reject(field, "import.problem.too-long", length);
            return null;
        }
        return text;
    }

    private String validBusinessId(ImportEntry entry, String field) {
        String text = entry.requiredText(field);
        if (text == null) {
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
