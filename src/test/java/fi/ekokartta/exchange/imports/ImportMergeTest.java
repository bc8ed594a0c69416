package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceContact;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import static fi.ekokartta.exchange.imports.ImportServiceTest.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-import changes only what its source carries: what the file does not mention (a field, a
 * language, a kind of channel, the contacts only professionals see) stays as it was stored.
 */
class ImportMergeTest extends AbstractIntegrationTest {

    private static final String STAFF = """
            "attributes": [{"id": "%s", "taxonomy_term_id": "b46b1700-3e11-5b57-b4ef-b5552a3354d2",
              "taxonomy_term": {"id": "b46b1700-3e11-5b57-b4ef-b5552a3354d2", "code": "visibility",
              "name": "visibility", "taxonomy": "ekokartta"}, "value": "staff"}]""";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;

    private final UUID organization = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final UUID place = UUID.randomUUID();
    private final UUID phone = UUID.randomUUID();
    private final UUID publicContact = UUID.randomUUID();
    private final UUID staffContact = UUID.randomUUID();

    @BeforeEach
    void storeAServiceInTwoLanguages() {
        String full = """
                [{"id": "%s", "name": "Työhönvalmennus", "status": "active", "organization_id": "%s",
                  "description": "Valmentaja tukee työnhaussa.", "url": "https://valmennus.example/fi",
                  "email": "valmennus@palvelu.example", "minimum_age": 18,
                  "phones": [{"id": "%s", "number": "+358 50 000 0101"}],
                  "languages": [{"id": "%s", "name": "suomi", "code": "fi"}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Valmennustila", "addresses": [{"id": "%s", "address_1": "Testikatu 5", "city": "Ylivieska",
                    "postal_code": "84100", "country": "FI", "address_type": "physical"}]}}],
                  "contacts": [{"id": "%s", "name": "Palveluneuvonta", "email": "neuvonta@palvelu.example"},
                    {"id": "%s", "name": "Tiimivastaava", "email": "tiimi@palvelu.example", %s}]}]
                """.formatted(service, organization, phone, UUID.randomUUID(), place, UUID.randomUUID(), UUID.randomUUID(),
                publicContact, staffContact, STAFF.formatted(UUID.randomUUID()));
        String swedish = """
                [{"id": "%s", "name": "Jobbcoachning", "description": "En coach stöder i jobbsökandet."}]
                """.formatted(service);
        ImportReport stored = imports.apply(source("organizations.json", ImportServiceTest.organization(organization, "Valmennus Oy"),
                "services.json", full, "services.sv.json", swedish));
        assertThat(stored.rejected()).as(stored.render(Locale.ENGLISH)).isFalse();
    }

    @Test
    void a_file_with_only_a_new_name_changes_the_finnish_name_and_keeps_everything_else() {
        ImportReport report = imports.apply(source("services.json", """
                [{"id": "%s", "name": "Työhönvalmennus aikuisille", "status": "active", "organization_id": "%s"}]
                """.formatted(service, organization)));

        assertThat(report.rows(ImportOutcome.UPDATED)).hasSize(1);
        Offering stored = stored();
        assertThat(stored.getName().getFi()).isEqualTo("Työhönvalmennus aikuisille");
        assertThat(stored.getName().getSv()).isEqualTo("Jobbcoachning");
        assertThat(stored.getDescription().getFi()).isEqualTo("Valmentaja tukee työnhaussa.");
        assertThat(stored.getDescription().getSv()).isEqualTo("En coach stöder i jobbsökandet.");
        assertThat(stored.getMinimumAge()).isEqualTo(18);
        assertThat(stored.getLanguages()).containsExactly("fi");
        assertThat(types(stored)).containsExactlyInAnyOrder(ChannelType.WEB, ChannelType.EMAIL, ChannelType.PHONE,
                ChannelType.VISITING_ADDRESS);
        assertThat(stored.getContacts()).extracting(ServiceContact::getId).containsExactlyInAnyOrder(publicContact, staffContact);
    }

    @Test
    void a_finnish_text_replaces_the_finnish_wording_only() {
        imports.apply(source("services.json", """
                [{"id": "%s", "name": "Työhönvalmennus", "status": "active", "organization_id": "%s",
                  "description": "Uusi kuvaus."}]
                """.formatted(service, organization)));

        Offering stored = stored();
        assertThat(stored.getDescription().getFi()).isEqualTo("Uusi kuvaus.");
        assertThat(stored.getDescription().getSv()).isEqualTo("En coach stöder i jobbsökandet.");
    }

    @Test
    void a_new_web_address_replaces_the_web_page_and_keeps_the_visiting_address_phone_and_email() {
        imports.apply(source("services.json", """
                [{"id": "%s", "name": "Työhönvalmennus", "status": "active", "organization_id": "%s",
                  "url": "https://valmennus.example/uusi"}]
                """.formatted(service, organization)));

        Offering stored = stored();
        assertThat(stored.getChannels()).filteredOn(channel -> channel.getType() == ChannelType.WEB)
                .extracting(ServiceChannel::getUrl).containsExactly("https://valmennus.example/uusi");
        assertThat(stored.getChannels()).filteredOn(channel -> channel.getType() == ChannelType.VISITING_ADDRESS)
                .extracting(ServiceChannel::getId).containsExactly(place);
        assertThat(types(stored)).contains(ChannelType.PHONE, ChannelType.EMAIL);
    }

    @Test
    void an_empty_list_in_the_file_empties_what_it_names() {
        imports.apply(source("services.json", """
                [{"id": "%s", "name": "Työhönvalmennus", "status": "active", "organization_id": "%s", "phones": []}]
                """.formatted(service, organization)));

        assertThat(types(stored())).doesNotContain(ChannelType.PHONE).contains(ChannelType.VISITING_ADDRESS, ChannelType.WEB);
    }

    @Test
    void public_contacts_are_replaced_and_contacts_for_professionals_only_stay() {
        UUID newContact = UUID.randomUUID();
        imports.apply(source("services.json", """
                [{"id": "%s", "name": "Työhönvalmennus", "status": "active", "organization_id": "%s",
                  "contacts": [{"id": "%s", "name": "Asiakaspalvelu", "email": "asiakaspalvelu@palvelu.example"}]}]
                """.formatted(service, organization, newContact)));

        Offering stored = stored();
        assertThat(stored.getContacts()).extracting(ServiceContact::getId).containsExactlyInAnyOrder(newContact, staffContact);
        assertThat(stored.getContacts()).filteredOn(contact -> contact.getId().equals(staffContact))
                .extracting(ServiceContact::getVisibility).containsExactly(Visibility.STAFF);
    }

    @Test
    void the_same_partial_file_twice_changes_nothing_the_second_time() {
        String partial = """
                [{"id": "%s", "name": "Työhönvalmennus aikuisille", "status": "active", "organization_id": "%s",
                  "url": "https://valmennus.example/uusi"}]
                """.formatted(service, organization);
        imports.apply(source("services.json", partial));
        Long version = jdbc.queryForObject("select version from offering where id = ?", Long.class, service);

        ImportReport again = imports.apply(source("services.json", partial));

        assertThat(again.rows(ImportOutcome.UNCHANGED)).hasSize(1);
        assertThat(jdbc.queryForObject("select version from offering where id = ?", Long.class, service)).isEqualTo(version);
    }

    private Offering stored() {
        return read(entityManager -> {
            Offering offering = entityManager.find(Offering.class, service);
            offering.getChannels().size();
            offering.getContacts().size();
            offering.getLanguages().size();
            return offering;
        });
    }

    private <T> T read(Function<EntityManager, T> query) {
        return transaction.execute(status -> query.apply(entityManager));
    }

    private static List<ChannelType> types(Offering offering) {
        return offering.getChannels().stream().map(ServiceChannel::getType).toList();
    }
}
