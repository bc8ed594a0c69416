package fi.ekokartta.exchange.excel;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A filled template becomes the named HSDS files the import reads; what is wrong is named by sheet, row and column. */
class ExcelReaderTest extends AbstractIntegrationTest {

    static final String IMMIGRANTS = "387ea1c9-39fa-5697-a877-da75caa7f898";
    static final String INTEGRATION_TRAINING = "5b29f616-6e81-56ec-b6fa-1eff8577a177";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ExcelTemplate template;
    @Autowired
    ExcelReader reader;

    byte[] blank(Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, language.locale(), Optional.empty());
        return out.toByteArray();
    }

    ExcelReadResult read(byte[] workbook) {
        return reader.read(new ByteArrayInputStream(workbook));
    }

    static JsonNode file(ExcelReadResult result, String name) {
        assertThat(result.files()).containsKey(name);
        return JSON.readTree(result.files().get(name));
    }

    static Map<String, String> cells(String... headersAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            cells.put(headersAndValues[i], headersAndValues[i + 1]);
        }
        return cells;
    }

    static byte[] filledFinnish(byte[] template) {
        byte[] withOrganization = Workbooks.addRow(template, "Toimijat", cells(
                "Nimi (fi)", "Excel-testiyhdistys ry", "Nimi (sv)", "Excel-testföreningen rf",
                "Kuvaus (fi)", "Yhdistys, joka ohjaa kielikahvilaa.", "Y-tunnus", "1234567-1",
                "Sektori", "Järjestö tai seurakunta", "Sähköposti", "info@excel-testiyhdistys.example",
                "Puhelin", "050 000 0123", "Verkkosivu", "https://excel-testiyhdistys.example",
                "Kunta 1", "Kalajoki", "Kunta 2", "Nivala"));
        return Workbooks.addRow(withOrganization, "Palvelut", cells(
                "Toimija", "Excel-testiyhdistys ry", "Nimi (fi)", "Kielikahvila", "Nimi (en)", "Language café",
                "Tiivistelmä (fi)", "Suomen kielen harjoittelua kahvin äärellä.", "Kuvaus (fi)", "Viikoittainen kielikahvila.",
                "Tila", "Julkaistu", "Miten palveluun pääsee", "Hakeudu itse", "Ohjautuminen, julkinen ohje (fi)", "Tule paikalle.",
                "Maksullisuus", "Maksuton", "Sähköposti", "kahvila@excel-testiyhdistys.example", "Puhelin", "+358 50 000 0124",
                "Verkkosivu", "https://excel-testiyhdistys.example/kahvila", "Kunta 1", "Kalajoki",
                "Palvelukieli 1", "suomi", "Palvelukieli 2", "englanti", "Kohderyhmä 1", "Maahanmuuttajat",
                "Palveluluokka 1", "3.1 Kotoutumiskoulutus", "Asiasanat (fi)", "kieli; kahvila",
                "Asiasanat (en)", "language"));
    }

    @Test
    void a_filled_template_becomes_organizations_and_services_files_with_their_translations() throws IOException {
        ExcelReadResult result = read(filledFinnish(blank(Language.FI)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().keySet()).containsExactly("organizations.json", "organizations.sv.json",
                "services.en.json", "services.json");
        JsonNode organization = file(result, "organizations.json").get(0);
        String organizationId = organization.get("id").asString();
        assertThat(organization.get("name").asString()).isEqualTo("Excel-testiyhdistys ry");
        assertThat(organization.get("description").asString()).isEqualTo("Yhdistys, joka ohjaa kielikahvilaa.");
        assertThat(organization.get("email").asString()).isEqualTo("info@excel-testiyhdistys.example");
        assertThat(organization.get("website").asString()).isEqualTo("https://excel-testiyhdistys.example");
        assertThat(organization.get("phones").get(0).get("number").asString()).isEqualTo("+358500000123");
        assertThat(organization.get("organization_identifiers").get(0).get("identifier_type").asString()).isEqualTo("Y-tunnus");
        assertThat(organization.get("organization_identifiers").get(0).get("identifier").asString()).isEqualTo("1234567-1");
        assertThat(fields(organization)).containsExactly("sector=third_sector", "municipality=208", "municipality=535");
        JsonNode organizationSv = file(result, "organizations.sv.json").get(0);
        assertThat(organizationSv.get("id").asString()).isEqualTo(organizationId);
        assertThat(organizationSv.get("name").asString()).isEqualTo("Excel-testföreningen rf");

        JsonNode service = file(result, "services.json").get(0);
        assertThat(service.get("organization_id").asString()).isEqualTo(organizationId);
        assertThat(service.get("name").asString()).isEqualTo("Kielikahvila");
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("description").asString()).isEqualTo("Viikoittainen kielikahvila.");
        assertThat(service.get("application_process").asString()).isEqualTo("Tule paikalle.");
        assertThat(service.get("url").asString()).isEqualTo("https://excel-testiyhdistys.example/kahvila");
        assertThat(service.get("email").asString()).isEqualTo("kahvila@excel-testiyhdistys.example");
        assertThat(service.get("phones").get(0).get("number").asString()).isEqualTo("+358500000124");
        assertThat(service.get("service_areas").get(0).get("uri").asString())
                .isEqualTo("http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/208");
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("fi", "en");
        assertThat(fields(service)).containsExactly("summary=Suomen kielen harjoittelua kahvin äärellä.",
                "access=self_referral", "charge_type=free");
        assertThat(keywords(service)).containsExactly("fi:kieli", "fi:kahvila");
        assertThat(service.get("attributes").findValuesAsString("taxonomy_term_id")).contains(IMMIGRANTS, INTEGRATION_TRAINING);
        JsonNode serviceEn = file(result, "services.en.json").get(0);
        assertThat(serviceEn.get("id").asString()).isEqualTo(service.get("id").asString());
        assertThat(serviceEn.get("name").asString()).isEqualTo("Language café");
        assertThat(keywords(serviceEn)).containsExactly("en:language");
    }

    @Test
    void reading_the_same_workbook_again_gives_the_same_ids() throws IOException {
        byte[] workbook = filledFinnish(blank(Language.FI));
        ExcelReadResult first = read(workbook);
        ExcelReadResult second = read(workbook);
        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        first.files().forEach((name, bytes) -> assertThat(second.files().get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void a_swedish_template_is_read_like_a_finnish_one_and_a_blank_status_is_a_draft() throws IOException {
        byte[] workbook = Workbooks.addRow(blank(Language.SV), "Tjänster", cells(
                "Aktör", "YKN-työllisyysalue", "Namn (fi)", "Excel-testipalvelu", "Namn (sv)", "Excel-testtjänst",
                "Kommun 1", "Kalajoki", "Tjänstespråk 1", "svenska", "Målgrupp 1", "Invandrare", "Tjänsteklass 1",
                "3.1 Integrationsutbildning"));
        ExcelReadResult result = read(workbook);

        assertThat(result.problems()).isEmpty();
        JsonNode service = file(result, "services.json").get(0);
        assertThat(service.get("organization_id").asString()).isEqualTo(ExcelTemplateTest.EMPLOYMENT_AREA.toString());
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(fields(service)).containsExactly("publication=draft");
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("sv");
        assertThat(service.get("attributes").findValuesAsString("taxonomy_term_id")).contains(IMMIGRANTS, INTEGRATION_TRAINING);
        assertThat(file(result, "services.sv.json").get(0).get("name").asString()).isEqualTo("Excel-testtjänst");
        assertThat(result.files()).doesNotContainKey("organizations.json");
    }

    @Test
    void several_choices_in_one_cell_a_parent_and_an_organization_by_id_are_read() throws IOException {
        byte[] workbook = Workbooks.addRow(blank(Language.FI), "Toimijat", cells("Nimi (fi)", "Excel-testihanke",
                "Yläorganisaatio", "YKN-työllisyysalue", "Kunta 1", "Kalajoki; 535"));
        workbook = Workbooks.addRow(workbook, "Palvelut", cells("Toimija", ExcelTemplateTest.EMPLOYMENT_AREA.toString(),
                "Nimi (fi)", "Excel-testipalvelu", "Kunta 1", "Nivala;Sievi", "Palvelukieli 1", "fi; sv"));
        ExcelReadResult result = read(workbook);

        assertThat(result.problems()).isEmpty();
        JsonNode organization = file(result, "organizations.json").get(0);
        assertThat(organization.get("parent_organization_id").asString())
                .isEqualTo(ExcelTemplateTest.EMPLOYMENT_AREA.toString());
        assertThat(fields(organization)).containsExactly("municipality=208", "municipality=535");
        JsonNode service = file(result, "services.json").get(0);
        assertThat(service.get("organization_id").asString()).isEqualTo(ExcelTemplateTest.EMPLOYMENT_AREA.toString());
        assertThat(service.get("service_areas").findValuesAsString("name")).containsExactly("Nivala", "Sievi");
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("fi", "sv");
    }

    @Test
    void a_prefilled_template_read_back_updates_the_same_entries() throws IOException {
        ExcelTemplateTest.signIn("koordinaattori", "COORDINATOR");
        byte[] prefilled;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.write(out, Language.FI.locale(), Optional.of(ExcelTemplateTest.EMPLOYMENT_AREA));
            prefilled = out.toByteArray();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        ExcelReadResult result = read(prefilled);

        assertThat(result.problems()).isEmpty();
        assertThat(file(result, "organizations.json").get(0).get("id").asString())
                .isEqualTo(ExcelTemplateTest.EMPLOYMENT_AREA.toString());
        JsonNode training = null;
        for (JsonNode service : file(result, "services.json")) {
            if (service.get("name").asString().equals("Kotoutumiskoulutus")) {
                training = service;
            }
        }
        assertThat(training).isNotNull();
        assertThat(training.get("id").asString()).isEqualTo("5e8d43b4-962e-52ba-89d8-ead86edd9bb0");
        assertThat(training.get("service_areas").findValuesAsString("uri")).hasSize(5);
        assertThat(training.get("languages").findValuesAsString("code")).containsExactlyInAnyOrder("fi", "en", "ar", "uk",
                "ru", "so", "fa");
        assertThat(training.get("attributes").findValuesAsString("taxonomy_term_id")).contains(INTEGRATION_TRAINING, IMMIGRANTS);
        assertThat(fields(training)).contains("access=referral", "charge_type=free");
    }

    @Test
    void the_files_use_only_fields_the_seed_files_use_where_they_use_them() throws IOException {
        ExcelReadResult result = read(filledFinnish(blank(Language.FI)));
        Map<String, String> seedFiles = Map.of("organizations.json", "organizations.json",
                "organizations.sv.json", "organizations.sv.json", "services.json", "services-kotoutuminen.json",
                "services.en.json", "services-kotoutuminen.en.json");
        assertThat(result.files().keySet()).containsExactlyInAnyOrderElementsOf(seedFiles.keySet());
        seedFiles.forEach((ours, seed) -> {
            JsonNode seedDocument = JSON.readTree(Path.of("seed-data/hsds", seed).toFile());
            assertThat(paths(file(result, ours), "")).as(ours).isSubsetOf(paths(seedDocument, ""));
        });
    }

    /** The field paths of a document, array items collapsed: "[].attributes[].taxonomy_term.code". */
    static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(item -> paths.addAll(paths(item, prefix + "[]")));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                paths.add(prefix + "." + field.getKey());
                paths.addAll(paths(field.getValue(), prefix + "." + field.getKey()));
            });
        }
        return paths;
    }

    static List<String> fields(JsonNode owner) {
        List<String> fields = new ArrayList<>();
        for (JsonNode attribute : owner.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            if ("ekokartta".equals(term.path("taxonomy").asString(""))) {
                fields.add(term.get("code").asString() + "=" + attribute.get("value").asString());
            }
        }
        return fields;
    }

    static List<String> keywords(JsonNode owner) {
        List<String> words = new ArrayList<>();
        for (JsonNode attribute : owner.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            if ("keywords".equals(term.path("taxonomy").asString(""))) {
                words.add(term.get("language").asString() + ":" + term.get("name").asString());
            }
        }
        return words;
    }
}
