package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a published service document holds, in which language, and what it never holds. */
class HsdsServiceDocumentTest extends HsdsApiTestBase {

    @Test
    void a_published_service_has_its_public_fields_channels_and_organization() {
        JsonNode service = json("/services/" + data.publishedIds.getFirst());

        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("name").asString()).isEqualTo("Testipalvelu " + data.token + " A");
        assertThat(service.get("organization").get("id").asString()).isEqualTo(data.providerId.toString());
        assertThat(service.get("url").asString()).isEqualTo("https://testitoimija.example/palvelu");
        assertThat(service.get("email").asString()).isEqualTo("palvelu@testitoimija.example");
        assertThat(service.get("phones").get(0).get("number").asString()).isEqualTo("+358 50 000 0003");
        assertThat(service.get("minimum_age").asInt()).isEqualTo(16);
        assertThat(service.get("assured_date").asString()).isEqualTo("2026-10-01");
        assertThat(service.get("service_areas").findValuesAsString("uri")).containsExactly(
                "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/208",
                "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/977");
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("ar", "fi", "sv");
        JsonNode visit = service.get("service_at_locations").get(0);
        assertThat(visit.get("location").get("location_type").asString()).isEqualTo("physical");
        assertThat(visit.get("location").get("addresses").get(0).get("address_1").asString()).isEqualTo("Kauppatie 1");
        assertThat(visit.get("schedules").get(0).get("byday").asString()).isEqualTo("MO,TU,WE,TH");
        assertThat(visit.get("schedules").get(0).get("opens_at").asString()).isEqualTo("09:00:00");
        assertThat(service.get("service_at_locations").findValuesAsString("location_type"))
                .containsExactly("physical", "virtual", "virtual", "virtual");
        assertThat(service.get("service_at_locations").get(2).get("location").get("url").asString())
                .isEqualTo("https://teams.example/kokous");
    }

    @Test
    void phones_and_places_carry_their_details_in_the_asked_language() {
        JsonNode service = json("/services/" + data.publishedIds.getFirst() + "?lang=sv");

        JsonNode phone = service.get("phones").get(0);
        assertThat(phone.get("extension").asInt()).isEqualTo(205);
        assertThat(phone.get("type").asString()).isEqualTo("cell");
        assertThat(phone.get("description").asString()).isEqualTo("Rådgivning");
        JsonNode location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("alternate_name").asString()).isEqualTo("Virastotalo");
        assertThat(location.get("description").asString()).isEqualTo("Stadens servicepunkt");
        assertThat(location.get("external_identifier").asString()).isEqualTo("1000123456");
        assertThat(location.get("external_identifier_type").asString()).isEqualTo("pysyvä rakennustunnus");
        assertThat(location.get("addresses").findValuesAsString("address_type")).containsExactly("physical", "postal");
        JsonNode postal = location.get("addresses").get(1);
        assertThat(List.of(postal.get("address_1").asString(), postal.get("postal_code").asString(),
                postal.get("city").asString(), postal.get("country").asString()))
                .containsExactly("PL 12", "85101", "Kalajoki", "FI");
        assertThat(postal.get("id").asString()).isNotEqualTo(location.get("addresses").get(0).get("id").asString());
        JsonNode accessibility = location.get("accessibility").get(0);
        assertThat(accessibility.get("details").asString()).isEqualTo("Induktiosilmukka palvelutiskillä");
        assertThat(accessibility.get("url").asString()).isEqualTo("https://testitoimija.example/esteettomyys");
        assertThat(location.get("phones").get(0).get("number").asString()).isEqualTo("+358 8 000 0002");
        assertThat(location.get("phones").get(0).get("extension").asInt()).isEqualTo(12);
        assertThat(location.get("phones").get(0).get("type").asString()).isEqualTo("voice");
        assertThat(service.get("contacts").get(0).get("phones").get(0).get("extension").asInt()).isEqualTo(31);
        assertThat(service.get("organization").get("contacts").get(0).get("phones").get(0).get("extension").asInt())
                .isEqualTo(7);
    }

    @Test
    void capacities_carry_their_unit_figures_description_and_update_moment_in_the_asked_language() {
        JsonNode swedish = json("/services/" + data.publishedIds.getFirst() + "?lang=sv").get("capacities");

        assertThat(swedish).hasSize(2);
        JsonNode places = swedish.get(0);
        assertThat(places.get("service_id").asString()).isEqualTo(data.publishedIds.getFirst().toString());
        assertThat(places.get("unit").get("identifier").asString()).isEqualTo("PLACES");
        assertThat(places.get("unit").get("scheme").asString()).isEqualTo("ekokartta-capacity-unit");
        assertThat(places.get("unit").get("name").asString()).isEqualTo("Lediga platser");
        assertThat(places.get("available").asInt()).isEqualTo(4);
        assertThat(places.get("maximum").asInt()).isEqualTo(12);
        assertThat(places.get("description").asString()).isEqualTo("Höstens grupp");
        assertThat(places.get("updated").asString()).isEqualTo("2026-11-02T08:30:00.000Z");
        JsonNode queue = swedish.get(1);
        assertThat(queue.get("unit").get("identifier").asString()).isEqualTo("QUEUE_WEEKS");
        assertThat(queue.has("maximum")).isFalse();
        assertThat(queue.has("description")).isFalse();
        assertThat(queue.get("updated").asString()).isEqualTo("2026-11-20T12:00:00.250Z");
        JsonNode finnish = json("/services/" + data.publishedIds.getFirst() + "?lang=fi").get("capacities");
        assertThat(finnish.get(0).get("unit").get("name").asString()).isEqualTo("Vapaita paikkoja");
        assertThat(finnish.get(0).get("unit").get("id").asString()).isEqualTo(places.get("unit").get("id").asString());
        assertThat(json("/services?organization_id=" + data.providerId).get("contents").get(0).has("capacities"))
                .as("the 3.1 service_list form has no capacities").isFalse();
    }

    @Test
    void further_web_pages_are_additional_urls_with_their_label_and_attributes_name_their_term() {
        JsonNode service = json("/services/" + data.publishedIds.getFirst());

        JsonNode additional = service.get("additional_urls");
        assertThat(additional).hasSize(1);
        assertThat(additional.get(0).get("url").asString()).isEqualTo("https://testitoimija.example/lisatietoa");
        assertThat(additional.get(0).get("label").asString()).isEqualTo("Lisätietoa");
        for (JsonNode attribute : service.get("attributes")) {
            assertThat(attribute.get("label").asString()).isEqualTo(attribute.get("taxonomy_term").get("name").asString());
        }
    }

    @Test
    void classes_target_groups_keywords_and_ekokartta_fields_are_attributes() {
        JsonNode attributes = json("/services/" + data.publishedIds.getFirst()).get("attributes");

        assertThat(attributes.findValuesAsString("taxonomy_term_id"))
                .contains(data.ptvClassId.toString(), data.targetGroupId.toString());
        assertThat(attributes.findValuesAsString("taxonomy"))
                .contains("ekokartta-palveluluokitus", "ekokartta-kohderyhma", "keywords", "ekokartta");
        assertThat(fieldValue(attributes, "keywords", null)).isEqualTo("työnhaku");
        assertThat(fieldValue(attributes, "ekokartta", "access")).isEqualTo("both");
        assertThat(fieldValue(attributes, "ekokartta", "charge_type")).isEqualTo("free");
        assertThat(fieldValue(attributes, "ekokartta", "valid_to")).isEqualTo("2027-12-31");
        assertThat(fieldValue(attributes, "ekokartta", "co_producer")).isEqualTo(data.parentId.toString());
        assertThat(attributes.findValuesAsString("code")).doesNotContain("referral_instructions", "internal_note");
    }

    @Test
    void referral_instructions_internal_notes_and_staff_contacts_never_leave_through_the_api() {
        for (String path : List.of("/services/" + data.publishedIds.getFirst(), "/services?organization_id=" + data.providerId,
                "/services?organization_id=" + data.providerId + "&lang=sv", "/organizations/" + data.providerId)) {
            String body = get(path).body();
            assertThat(body).as(path)
                    .doesNotContain(data.referralMarker, data.internalMarker, data.staffContactMarker)
                    .doesNotContain("lahetteet@", "johtaja@", "referral_instructions", "internal_note");
        }
        JsonNode contacts = json("/services/" + data.publishedIds.getFirst()).get("contacts");
        assertThat(contacts.findValuesAsString("name")).containsExactly("Palveluohjaaja");
    }

    @Test
    void swedish_texts_are_given_where_translated_and_finnish_ones_elsewhere() {
        JsonNode service = json("/services/" + data.publishedIds.getFirst() + "?lang=sv");

        assertThat(service.get("name").asString()).isEqualTo("Testtjänst " + data.token);
        assertThat(service.get("description").asString()).isEqualTo("Kuvaus vain suomeksi " + data.token + ": äö");
        assertThat(fieldValue(service.get("attributes"), "ekokartta", "summary")).isEqualTo("Kort " + data.token);
        assertThat(fieldValue(service.get("attributes"), "keywords", null)).isEqualTo("jobbsökning");
        assertThat(service.get("languages").get(1).get("name").asString()).isEqualTo("finska");
        assertThat(json("/services/" + data.publishedIds.get(1) + "?lang=en").get("name").asString())
                .isEqualTo("Testipalvelu " + data.token + " B");
    }

    @Test
    void the_accept_language_header_chooses_the_language_when_lang_is_not_given() {
        HttpResponse<String> response = get("/services/" + data.publishedIds.getFirst(), "Accept-Language", "sv-FI,sv;q=0.9,fi;q=0.5");

        assertThat(response.headers().firstValue("Content-Language")).hasValue("sv");
        assertThat(JSON.readTree(response.body()).get("name").asString()).isEqualTo("Testtjänst " + data.token);
        assertThat(get("/services/" + data.publishedIds.getFirst(), "Accept-Language", "de").headers()
                .firstValue("Content-Language")).hasValue("fi");
    }

    /** The value of the attribute of a taxonomy (and field code), or the term name for keywords. */
    private static String fieldValue(JsonNode attributes, String taxonomy, String code) {
        for (JsonNode attribute : attributes) {
            JsonNode term = attribute.get("taxonomy_term");
            if (term.get("taxonomy").asString().equals(taxonomy)
                    && (code == null || code.equals(term.path("code").asString()))) {
                return code == null ? term.get("name").asString() : attribute.get("value").asString();
            }
        }
        return null;
    }

    @Test
    void the_terms_of_a_service_are_written_in_the_asked_language_beside_its_municipalities() {
        JsonNode swedish = json("/services/" + data.publishedIds.getFirst() + "?lang=sv");

        assertThat(swedish.get("alternate_name").asString()).isEqualTo("Ungas jobbsökning");
        assertThat(swedish.get("alert").asString()).isEqualTo("Höstens grupp är full");
        assertThat(swedish.get("accreditations").asString()).isEqualTo("Laatusertifikaatti");
        JsonNode cost = swedish.get("cost_options").get(0);
        assertThat(cost.get("option").asString()).isEqualTo("Studerande");
        assertThat(cost.get("amount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(cost.get("currency").asString()).isEqualTo("EUR");
        assertThat(cost.get("valid_to").asString()).isEqualTo("2026-12-31");
        assertThat(cost.get("service_id").asString()).isEqualTo(data.publishedIds.getFirst().toString());
        assertThat(swedish.get("required_documents").get(0).get("document").asString()).isEqualTo("Remiss");
        assertThat(swedish.get("program").get("name").asString()).isEqualTo("Ungas stig");
        assertThat(swedish.get("program_id").asString()).isEqualTo(swedish.get("program").get("id").asString());
        assertThat(swedish.get("organization").get("programs").valueStream().map(p -> p.get("name").asString()).toList())
                .containsExactly("Ungas stig");
        assertThat(swedish.get("service_areas").valueStream().map(area -> area.get("name").asString()).toList())
                .contains("Keskusta");
        assertThat(json("/services?organization_id=" + data.providerId + "&lang=sv").get("contents").valueStream()
                .filter(item -> item.get("id").asString().equals(data.publishedIds.getFirst().toString())).findFirst()
                .orElseThrow().get("alternate_name").asString()).isEqualTo("Ungas jobbsökning");
    }
}
