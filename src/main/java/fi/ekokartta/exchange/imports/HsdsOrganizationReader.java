package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.BusinessId;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** HSDS organizations become actors: Business ID, parent, sector, municipalities, contacts. */
final class HsdsOrganizationReader {

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
        actor.setBusinessId(businessId(entry));
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

    /** The Y-tunnus from organization_identifiers, or from tax_id when that has its form. */
    private String businessId(ImportEntry entry) {
        List<JsonNode> identifiers = entry.array("organization_identifiers");
        for (int i = 0; i < identifiers.size(); i++) {
            ImportEntry identifier = entry.child(identifiers.get(i), "organization_identifiers[" + i + "]");
            String type = identifier.text("identifier_type").orElse("") + " " + identifier.text("identifier_scheme").orElse("");
            if (type.toLowerCase(Locale.ROOT).matches(".*(y-tunnus|business id|fi-ytj).*")) {
                return validBusinessId(identifier, "identifier");
            }
            identifier.unused("identifier_type");
            identifier.unused("identifier_scheme");
        }
        String taxId = entry.text("tax_id").orElse(null);
        return taxId != null && taxId.matches("\\d{6,7}-\\d") ? validBusinessId(entry, "tax_id") : null;
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
            entry.warning("parent_organization_id", "parent '" + parentId + "' is neither in the import nor stored; stored without a parent");
            entry.unused("parent_organization_id");
            return;
        }
        Set<UUID> seen = new HashSet<>(Set.of(id));
        for (UUID step = parentId; step != null; step = parentIds.get(step)) {
            if (!seen.add(step)) {
                entry.problem("parent_organization_id", "the parent chain loops back to this organization");
                return;
            }
        }
        graph.actors.get(id).setParent(parent);
    }
}
