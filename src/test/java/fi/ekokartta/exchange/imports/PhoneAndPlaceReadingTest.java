package fi.ekokartta.exchange.imports;

import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.PhoneType;
import fi.ekokartta.offering.ServiceChannel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.HsdsExamplesReadingTest.SERVICE;
import static fi.ekokartta.exchange.imports.HsdsExamplesReadingTest.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * HSDS phone details (extension, type, description) and place details (alternate name,
 * description, external identifier, postal address, accessibility details and page, the place's
 * phone) are read onto channels; bad values are rejected with messages of their own.
 */
class PhoneAndPlaceReadingTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Test
    void the_official_example_services_phone_and_place_details_are_read_and_not_reported_as_dropped() {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples("3.1").resolve("service_full.json")), Map.of());

        assertThat(plan.problems()).as(plan.report().render(Locale.ENGLISH)).isEmpty();
        List<ServiceChannel> channels = plan.graph().offerings.get(SERVICE).getChannels();
        ServiceChannel place = channels.stream().filter(c -> c.getType() == ChannelType.VISITING_ADDRESS).findFirst().orElseThrow();
        assertThat(place.getName().in("fi")).contains("MyCity Civic Center");
        assertThat(place.getAlternateName()).isEqualTo("Civic Center");
        assertThat(place.getDescription().in("fi")).hasValueSatisfying(text -> assertThat(text).startsWith("MyCity Civic Center is located"));
        assertThat(place.getExternalIdentifier()).isEqualTo("10092008082");
        assertThat(place.getExternalIdentifierType()).isEqualTo("UPRN");
        assertThat(List.of(place.getPostalStreetAddress(), place.getPostalPostalCode(), place.getPostalCity()))
                .containsExactly("1-30 Main Street", "ABC 1234", "MyCity");
        assertThat(place.getStreetAddress()).as("the example's only address is a postal one").isNull();
        assertThat(place.getAccessibilityDetails()).isEqualTo("Switch hearing aid to T-coil to access the induction loop facility.");
        assertThat(place.getAccessibilityUrl()).isEqualTo("http://example.com");
        assertThat(place.getPhone()).isEqualTo("\"+44 1234 234567\"");
        assertThat(place.getPhoneExtension()).isEqualTo(100);
        assertThat(place.getPhoneType()).isEqualTo(PhoneType.VOICE);
        assertThat(channels).filteredOn(c -> c.getType() == ChannelType.PHONE)
                .extracting(ServiceChannel::getPhoneExtension, ServiceChannel::getPhoneType, c -> c.getName().in("fi").orElseThrow())
                .isNotEmpty().allSatisfy(phone -> assertThat(phone.toList()).containsExactly(100, PhoneType.VOICE,
                        "Our main reception phone number. The phones will be available from 0800 (8am) until 1800 (6pm) "
                                + "local time. There may be some slight delays in answering your call if we are busy."));

        assertThat(plan.graph().offerings.get(SERVICE).getContacts().getFirst().getPerson().getPhoneExtension())
                .isEqualTo(100);

        List<String> dropped = plan.report().rows().stream().filter(row -> SERVICE.equals(row.id())).findFirst()
                .orElseThrow().dropped();
        String location = "service_at_locations[0].location.";
        assertThat(dropped).doesNotContain("phones[0].extension", "phones[0].type", "phones[0].description",
                "service_at_locations[0].phones[0].extension", "contacts[0].phones[0].extension", location + "alternate_name", location + "description",
                location + "external_identifier", location + "external_identifier_type", location + "addresses[0].address_1",
                location + "addresses[0].address_type", location + "accessibility[0].details",
                location + "accessibility[0].url", location + "phones[0].number", location + "phones[0].extension");
        assertThat(dropped).as("what a Finnish directory does not keep").contains("phones[0].languages[0].code",
                location + "languages[0].code", location + "addresses[0].attention", location + "addresses[0].address_2",
                location + "addresses[0].region", location + "addresses[0].state_province", location + "addresses[0].country",
                location + "contacts[0].name", location + "phones[0].description", "service_at_locations[0].description",
                "contacts[0].phones[0].type", "contacts[0].phones[0].description");
    }

    @Test
    void a_place_has_a_visiting_and_a_postal_address_told_apart_by_their_type_and_a_third_is_dropped() {
        ImportPlan plan = read("""
                {"id": "%s", "location_type": "physical", "name": "Virastotalo", "addresses": [
                  {"id": "%s", "address_1": "PL 12", "city": "Kalajoki", "postal_code": "85101", "address_type": "postal",
                   "state_province": "", "country": "FI"},
                  {"id": "%s", "address_1": "Kauppatie 1", "city": "Kalajoki", "postal_code": "85100"},
                  {"id": "%s", "address_1": "Sivuovi 3", "city": "Kalajoki", "address_type": "physical"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(plan.problems()).isEmpty();
        assertThat(place(plan)).extracting(ServiceChannel::getStreetAddress, ServiceChannel::getPostalCode,
                        ServiceChannel::getPostalStreetAddress, ServiceChannel::getPostalPostalCode, ServiceChannel::getPostalCity)
                .containsExactly("Kauppatie 1", "85100", "PL 12", "85101", "Kalajoki");
        String third = "service_at_locations[0].location.addresses[2].";
        assertThat(plan.report().rows()).filteredOn(row -> row.kind().equals("service")).singleElement()
                .satisfies(row -> assertThat(row.dropped()).contains(third + "address_1", third + "city", third + "address_type")
                        .doesNotContain("service_at_locations[0].location.addresses[0].address_type"));
    }

    @Test
    void bad_phone_and_place_details_are_rejected_with_finnish_messages() {
        ImportPlan plan = read("""
                {"id": "%s", "location_type": "physical", "name": "Virastotalo",
                 "addresses": [{"id": "%s", "address_1": "Kauppatie 1", "city": "Kalajoki", "address_type": "virtual"}],
                 "accessibility": [{"id": "%s", "url": "esteettömyys"}],
                 "phones": [{"id": "%s", "number": "08 123 456", "extension": -5, "type": "carrier pigeon"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(plan.problems()).extracting(ImportProblem::field, ImportProblem::key).containsExactlyInAnyOrder(
                tuple("address_type", "import.problem.not-one-of"),
                tuple("url", "import.problem.not-url"),
                tuple("extension", "import.problem.not-extension"),
                tuple("type", "import.problem.not-one-of"));
        assertThat(plan.problems()).extracting(problem -> problem.message(FINNISH)).contains(
                "'-5' ei ole alanumero (alanumero on positiivinen kokonaisluku, esim. 100)",
                "'esteettömyys' ei ole verkko-osoite (odotettiin esim. https://www.kela.fi/lomakkeet)");
        assertThat(plan.report().rows()).extracting(ImportRow::outcome).contains(ImportOutcome.REJECTED);
    }

    private static ImportPlan read(String location) {
        String service = """
                [{"id": "%s", "name": "Paikkapalvelu", "status": "active",
                  "organization": {"id": "%s", "name": "Paikkatoimija", "description": "Toimija"},
                  "service_at_locations": [{"id": "%s", "location": %s}]}]
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), location);
        return ImportReading.read(ImportSource.of(List.of(
                new ImportSource.Document("services.json", service.getBytes(StandardCharsets.UTF_8)))), Map.of());
    }

    private static ServiceChannel place(ImportPlan plan) {
        return plan.graph().offerings.values().iterator().next().getChannels().stream()
                .filter(c -> c.getType() == ChannelType.VISITING_ADDRESS).findFirst().orElseThrow();
    }
}
