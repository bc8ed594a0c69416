package fi.ekokartta.exchange.ptv;

import fi.ekokartta.exchange.ptv.v11.PtvV11Reader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PtvBadFilesTest {

    private static final String SERVICE = """
            {"id": "0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11", "serviceNames": [{"type": "Name", "language": "fi", "value": "Palvelu"}],
             "mainResponsibleOrganization": "6a1f0c2e-3b7d-4e59-9d61-2f8c4a7b1e01" %s}""";

    private final PtvV11Reader reader = new PtvV11Reader(PtvSamples.seedVocabulary());

    @Test
    void a_file_that_is_not_json_is_refused_by_name() {
        PtvFileException problem = refused("{\"id\": \"0b9e6f1d");
        assertThat(problem.messageKey()).isEqualTo("ptv.error.not-json");
        assertThat(problem.arguments()).containsExactly("bad.json");
    }

    @Test
    void json_of_another_kind_is_refused() {
        assertThat(refused("\"just text\"").messageKey()).isEqualTo("ptv.error.wrong-shape");
        assertThat(refused("[1, 2]").messageKey()).isEqualTo("ptv.error.wrong-shape");
        PtvFileException hsds = refused("{\"id\": \"0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11\", \"name\": \"HSDS\", \"status\": \"active\"}");
        assertThat(hsds.messageKey()).isEqualTo("ptv.error.unknown-item");
        assertThat(hsds.arguments()).containsExactly("bad.json #1");
    }

    @Test
    void a_guid_page_without_content_asks_for_the_full_items() {
        PtvFileException problem = refused("{\"pageNumber\": 1, \"itemList\": [{\"id\": \"0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11\", \"name\": \"x\"}]}");
        assertThat(problem.messageKey()).isEqualTo("ptv.error.only-ids");
        assertThat(problem.getMessage()).contains("GET /api/v11/Service/{id}");
    }

    @Test
    void an_id_that_is_not_a_guid_is_refused() {
        PtvFileException problem = refused(SERVICE.formatted("").replace("0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11", "42"));
        assertThat(problem.messageKey()).isEqualTo("ptv.error.bad-id");
        assertThat(problem.arguments()).containsExactly("bad.json #1", "42");
    }

    @Test
    void an_unknown_value_of_a_fixed_code_list_is_refused_with_the_known_values() {
        PtvFileException charge = refused(SERVICE.formatted(", \"serviceChargeType\": \"Maybe\""));
        assertThat(charge.messageKey()).isEqualTo("ptv.error.unknown-code");
        assertThat(charge.arguments()).containsExactly("0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11 serviceChargeType", "Maybe");
        assertThat(charge.getMessage()).contains("Chargeable, FreeOfCharge, Other");
        assertThat(refused(SERVICE.formatted(", \"areaType\": \"Galaxy\"")).messageKey()).isEqualTo("ptv.error.unknown-code");
        assertThat(refused(SERVICE.formatted(", \"publishingStatus\": \"Hidden\"")).messageKey()).isEqualTo("ptv.error.unknown-code");
    }

    @Test
    void a_service_without_a_responsible_organization_is_refused() {
        PtvFileException problem = refused(SERVICE.formatted("").replace("\"mainResponsibleOrganization\"", "\"other\""));
        assertThat(problem.messageKey()).isEqualTo("ptv.error.no-organization");
    }

    @Test
    void unknown_service_class_and_target_group_codes_are_reported_not_refused() {
        PtvImport result = reader.read(Map.of("ok.json", SERVICE.formatted(
                ", \"serviceClasses\": [\"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P98\"], \"targetGroups\": [\"KR7\"]")));
        assertThat(result.dropped()).extracting(PtvDroppedField::messageKey, PtvDroppedField::value).contains(
                org.assertj.core.groups.Tuple.tuple(PtvDroppedField.UNKNOWN_SERVICE_CLASS, "P98"),
                org.assertj.core.groups.Tuple.tuple(PtvDroppedField.UNKNOWN_TARGET_GROUP, "KR7"));
    }

    @Test
    void every_message_key_is_translated_in_finnish_swedish_and_english() throws IOException {
        for (String language : new String[] {"fi", "sv", "en"}) {
            Properties translations = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                translations.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : new String[] {"ptv.error.not-json", "ptv.error.wrong-shape", "ptv.error.unknown-item",
                    "ptv.error.only-ids", "ptv.error.bad-id", "ptv.error.unknown-code", "ptv.error.no-organization",
                    PtvDroppedField.NO_PLACE, PtvDroppedField.UNKNOWN_SERVICE_CLASS, PtvDroppedField.UNKNOWN_TARGET_GROUP,
                    PtvDroppedField.UNKNOWN_LANGUAGE, PtvDroppedField.NOT_A_MUNICIPALITY, PtvDroppedField.CHANNEL_NOT_IN_FILES,
                    PtvDroppedField.ORGANIZATION_NOT_IN_FILES}) {
                String pattern = translations.getProperty(key);
                assertThat(pattern).as(language.toUpperCase(Locale.ROOT) + " " + key).isNotBlank();
                assertThat(new java.text.MessageFormat(pattern).format(new Object[] {"X", "Y"})).contains("X");
            }
        }
    }

    private PtvFileException refused(String content) {
        PtvFileException problem = catchThrowableOfType(PtvFileException.class, () -> reader.read(Map.of("bad.json", content)));
        assertThat(problem).as("refused: " + content).isNotNull();
        return problem;
    }
}
