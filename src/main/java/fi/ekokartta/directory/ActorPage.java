package fi.ekokartta.directory;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.ecosystem.RelationshipType;

import java.util.List;
import java.util.UUID;

/**
 * What the actor page shows: who the actor is, its published services, its roles in the
 * ecosystem and its relationships, and contacts; {@code staffContacts} is empty for the public.
 */
public record ActorPage(UUID id, LocalizedText name, LocalizedText description, ActorSector sector, String businessId,
                        String website, String email, String phone, List<LocalizedText> municipalities,
                        ServicePage.ActorLink parent, List<ServiceLink> services, List<RoleLine> roles,
                        List<Relationship> relationships, List<ContactDetails> contacts,
                        List<ContactDetails> staffContacts, List<WebsiteLink> websites) {

    /** A further website of the actor; {@code label} may be null. */
    public record WebsiteLink(String label, String url) {
    }

    public record ServiceLink(UUID id, LocalizedText name, LocalizedText summary) {
    }

    public record RoleLine(UUID roleId, LocalizedText role, LocalizedText responsibilities) {
    }

    /** A link as seen from this actor: {@code outgoing} when this actor is the source. */
    public record Relationship(RelationshipType type, boolean outgoing, ServicePage.ActorLink other,
                               LocalizedText description) {
    }
}
