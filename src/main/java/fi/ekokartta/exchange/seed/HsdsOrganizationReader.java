package fi.ekokartta.exchange.seed;

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

    private final SeedGraph graph;
    private final Map<UUID, UUID> parentIds = new HashMap<>();
    private final Map<UUID, SeedEntry> entries = new HashMap<>();

    HsdsOrganizationReader(SeedGraph graph) {
        this.graph = graph;
    }

    void read(List<SeedEntry> items) {
        items.forEach(this::readOrganization);
        parentIds.forEach(this::linkParent);
    }

    private void readOrganization(SeedEntry entry) {
        UUID id = entry.requiredId("id");
        String name = entry.requiredText("name");
        if (id == null || name == null) {
            return;
        }
        if (graph.actors.containsKey(id)) {
            entry.problem("id", "the same id is used by another organization");
            return;
        }
        Actor actor = new Actor();
        actor.setId(id);
        actor.getName().set("fi", name);
        actor.setAlternateName(entry.text("alternate_name").orElse(null));
        entry.text("description").ifPresent(text -> actor.getDescription().set("fi", text));
        actor.setWebsite(entry.text("website").orElse(null));
        actor.setEmail(HsdsContacts.email(entry, "email").orElse(null));
        actor.setPhone(HsdsContacts.firstPhone(entry).orElse(null));
        actor.setBusinessId(businessId(entry));
        HsdsContacts.contacts(entry).forEach(contact -> {
            ActorContact actorContact = new ActorContact();
            actorContact.setPerson(contact.details());
            actorContact.setVisibility(contact.visibility());
            actor.addContact(actorContact);
        });
        HsdsAttributes attributes = HsdsAttributes.of(entry);
        String sector = attributes.extension("sector");
        if (sector != null) {
            actor.setSector(entry.parseEnum("attributes.sector", sector, ActorSector.class).orElse(null));
        }
        attributes.extensions("municipality").forEach(code ->
                graph.municipality(entry, "attributes.municipality", code).ifPresent(actor.getMunicipalities()::add));
        entry.id("parent_organization_id").ifPresent(parent -> parentIds.put(id, parent));
        entries.put(id, entry);
        graph.actors.put(id, actor);
    }

    /** The Y-tunnus from organization_identifiers, or from tax_id when that has its form. */
    private String businessId(SeedEntry entry) {
        List<JsonNode> identifiers = entry.array("organization_identifiers");
        for (int i = 0; i < identifiers.size(); i++) {
            SeedEntry identifier = entry.child(identifiers.get(i), "organization_identifiers[" + i + "]");
            String type = identifier.text("identifier_type").orElse("") + " " + identifier.text("identifier_scheme").orElse("");
            if (type.toLowerCase(Locale.ROOT).matches(".*(y-tunnus|business id|fi-ytj).*")) {
                return validBusinessId(identifier, "identifier");
            }
        }
        String taxId = entry.text("tax_id").orElse(null);
        return taxId != null && taxId.matches("\\d{6,7}-\\d") ? validBusinessId(entry, "tax_id") : null;
    }

    private String validBusinessId(SeedEntry entry, String field) {
        String text = entry.requiredText(field);
        if (text == null) {
            return null;
        }
        return BusinessId.normalize(text).orElseGet(() -> {
            entry.problem(field, "'" + text + "' is not a valid Business ID (Y-tunnus): wrong form or check digit");
            return null;
        });
    }

    private void linkParent(UUID id, UUID parentId) {
        SeedEntry entry = entries.get(id);
        Actor parent = graph.actors.get(parentId);
        if (parent == null) {
            entry.warning("parent_organization_id", "parent '" + parentId + "' is not in the dataset; stored without a parent");
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
