package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.ActorRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HsdsOrganizationsApiTest extends HsdsApiTestBase {

    @Autowired
    private ActorRepository actors;

    @Test
    void an_organization_nests_only_its_published_services_in_compact_form() {
        JsonNode services = json("/organizations/" + data.providerId).get("services");

        assertThat(ids(services)).containsExactlyElementsOf(data.publishedIds.stream().map(UUID::toString).toList());
        assertThat(services.findValuesAsString("status")).containsOnly("active");
        assertThat(services.get(0).has("attributes")).isFalse();
        assertThat(services.get(0).has("organization")).isFalse();
    }

    @Test
    void an_organization_has_its_business_id_parent_sector_municipalities_and_public_contacts() {
        JsonNode organization = json("/organizations/" + data.providerId);

        JsonNode businessId = organization.get("organization_identifiers").get(0);
        assertThat(businessId.get("identifier_type").asString()).isEqualTo("Y-tunnus");
        assertThat(businessId.get("identifier_scheme").asString()).isEqualTo("FI-PRO");
        assertThat(businessId.get("identifier").asString()).isEqualTo("1234567-1");
        assertThat(organization.get("parent_organization_id").asString()).isEqualTo(data.parentId.toString());
        assertThat(organization.get("website").asString()).isEqualTo("https://www.testitoimija.example");
        assertThat(organization.get("attributes").findValuesAsString("value")).containsExactly("third_sector", "208", "535");
        assertThat(organization.get("contacts").findValuesAsString("name")).containsExactly("Neuvonta");
        assertThat(organization.toString()).doesNotContain(data.staffContactMarker, "johtaja@");
    }

    @Test
    void an_organization_has_its_further_websites_identifiers_legal_status_year_logo_uri_and_funding() {
        JsonNode organization = json("/organizations/" + data.providerId);

        assertThat(organization.get("additional_websites").findValuesAsString("url"))
                .containsExactly("https://testitoimija.example/tyonantajat", "https://www.testitoimija.example/hanke");
        assertThat(organization.get("additional_websites").get(0).get("label").asString()).isEqualTo("Työnantajille");
        assertThat(organization.get("additional_websites").get(1).has("label")).isFalse();
        assertThat(organization.get("organization_identifiers").findValuesAsString("identifier"))
                .containsExactly("1234567-1", "123.456");
        assertThat(organization.get("organization_identifiers").get(1).get("identifier_scheme").asString()).isEqualTo("FI-PRH-YR");
        assertThat(organization.get("legal_status").asString()).isEqualTo("Rekisteröity yhdistys");
        assertThat(organization.get("year_incorporated").asInt()).isEqualTo(1998);
        assertThat(organization.get("logo").asString()).isEqualTo("https://testitoimija.example/logo.png");
        assertThat(organization.get("uri").asString()).isEqualTo("https://testitoimija.example/id");
        assertThat(organization.get("funding").findValuesAsString("source")).containsExactly("STEA ja Ylivieskan kaupunki");
        JsonNode listed = json("/organizations?search=" + data.token).get("contents").valueStream()
                .filter(item -> item.get("id").asString().equals(data.providerId.toString())).findFirst().orElseThrow();
        assertThat(listed.get("year_incorporated").asInt()).isEqualTo(1998);
        assertThat(listed.has("additional_websites")).isFalse();
    }

    @Test
    void organizations_are_listed_in_pages_without_nested_services() {
        List<JsonNode> organizations = allPages("/organizations", 7);

        assertThat((long) organizations.size()).isEqualTo(actors.count());
        assertThat(ids(organizations)).doesNotHaveDuplicates().contains(data.providerId.toString(), data.parentId.toString());
        assertThat(organizations).noneMatch(organization -> organization.has("services"));
    }

    @Test
    void an_unknown_organization_is_not_found() {
        assertThat(get("/organizations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }
}
