package fi.ekokartta.exchange.seed;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.actor.ActorSector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped seed-data/ loads completely at start and describes a realistic ecosystem. */
class SeedDataLoadTest extends AbstractIntegrationTest {

    private static final Path SEED = Path.of("seed-data");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_seed_service_is_stored_with_its_status() throws IOException {
        List<JsonNode> services = hsdsObjects("services");
        assertThat(services).hasSizeGreaterThanOrEqualTo(150);
        for (JsonNode service : services) {
            String stored = jdbc.queryForObject("select status from offering where id = ?", String.class,
                    UUID.fromString(service.get("id").asString()));
            assertThat(stored).as(service.get("name").asString()).isEqualTo(expectedStatus(service));
        }
    }

    @Test
    void every_seed_organization_and_taxonomy_term_is_stored() throws IOException {
        for (JsonNode organization : hsdsObjects("organizations")) {
            assertThat(count("select count(*) from actor where id = ?", organization)).isEqualTo(1);
        }
        for (JsonNode term : hsdsObjects("taxonomy")) {
            assertThat(count("select count(*) from taxonomy_term where id = ?", term)
                    + count("select count(*) from target_group where id = ?", term)).isEqualTo(1);
        }
    }

    @Test
    void actors_cover_every_sector() {
        assertThat(jdbc.queryForObject("select count(*) from actor", Integer.class)).isGreaterThanOrEqualTo(40);
        List<String> sectors = jdbc.queryForList("select distinct sector from actor where sector is not null", String.class);
        assertThat(sectors).containsAll(Stream.of(ActorSector.values()).map(Enum::name).toList());
        assertThat(jdbc.queryForObject("select count(*) from actor where business_id is not null", Integer.class))
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void services_cover_every_top_class_and_at_least_fifteen_sub_classes() {
        List<Map<String, Object>> topClasses = jdbc.queryForList("""
                select t.code, count(distinct oc.offering_id) as services
                from taxonomy_term t
                left join taxonomy_term sub on sub.parent_id = t.id
                left join offering_class oc on oc.classes_id = t.id or oc.classes_id = sub.id
                where t.parent_id is null and t.taxonomy = 'ekokartta-palveluluokitus'
                group by t.code""");
        assertThat(topClasses).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(row -> assertThat((Long) row.get("services")).as("class " + row.get("code")).isPositive());
        assertThat(jdbc.queryForObject("""
                select count(distinct t.id) from taxonomy_term t join offering_class oc on oc.classes_id = t.id
                where t.parent_id is not null""", Integer.class)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void services_have_finnish_texts_and_the_most_used_have_swedish_and_english() throws IOException {
        assertThat(jdbc.queryForObject("select count(*) from offering where (name_fi is null or description_fi is null) "
                + "and id = any(?)", Integer.class, (Object) seedIds("services"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from offering where name_sv is not null and name_en is not null "
                + "and description_sv is not null and description_en is not null", Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("select count(distinct keywords_language) from offering_keyword", Integer.class)).isEqualTo(3);
    }

    @Test
    void services_carry_municipalities_channels_opening_hours_and_staff_only_parts() {
        assertThat(jdbc.queryForList("select distinct municipalities_code from offering_municipality", String.class))
                .contains("009", "208", "535", "746", "977");
        assertThat(jdbc.queryForObject("select count(*) from opening_hours", Integer.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select count(*) from offering where referral_instructions_fi is not null",
                Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from service_contact where visibility = 'STAFF'",
                Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForList("select distinct status from offering", String.class))
                .contains("PUBLISHED", "DRAFT", "ARCHIVED");
    }

    @Test
    void the_ecosystem_has_roles_relationships_a_year_of_events_forums_and_a_roadmap() {
        assertThat(jdbc.queryForObject("select count(*) from role_assignment", Integer.class)).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForObject("select count(distinct type) from actor_relationship", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship", Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where valid_from is not null", Integer.class))
                .as("some relationships begin on a day, so the network changes over the years").isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from actor_relationship where valid_to < current_date", Integer.class))
                .as("some have ended").isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from calendar_event", Integer.class)).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForObject("select count(distinct extract(month from starts_at)) from calendar_event",
                Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("""
                select count(*) from calendar_event e join forum_member m on m.forum_id = e.forum_id
                where not exists (select 1 from calendar_event_participant p where p.event_id = e.id and p.actor_id = m.members_id)
                """, Integer.class)).as("a forum's events have the forum's members as participants").isZero();
        assertThat(jdbc.queryForObject("select count(*) from calendar_event_participant", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select id::text from service_path where slug = 'aloittavan-yrittajan-palvelut'",
                String.class)).as("a seeded path's id is derived from its slug, so its editor has a fixed address")
                .isEqualTo("3f64711c-93eb-34fd-9b8a-8c1b39abd513");
        assertThat(jdbc.queryForObject("select count(*) from forum", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from meeting where minutes is not null", Integer.class))
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from action_item", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from meeting_participant where attendance = 'PRESENT'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from roadmap_action", Integer.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select count(*) from roadmap_action a join meeting_decision d
                on d.meeting_id = a.decided_in_meeting_id and d.decision = a.decision""", Integer.class))
                .as("seeded actions link to a decision of their meeting").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from roadmap_action_follow_up", Integer.class)).isPositive();
    }

    @Test
    void demo_accounts_exist_for_every_role_and_maintainers_belong_to_organizations() {
        assertThat(jdbc.queryForList("select distinct role from app_user where username <> 'admin'", String.class))
                .containsExactlyInAnyOrder("ADMIN", "COORDINATOR", "MAINTAINER", "COUNSELLOR");
        assertThat(jdbc.queryForObject("""
                select count(*) from app_user u where u.role = 'MAINTAINER'
                and not exists (select 1 from app_user_organization o where o.app_user_id = u.id)""", Integer.class)).isZero();
    }

    @Test
    void every_service_and_actor_has_an_update_responsibility() throws IOException {
        assertThat(jdbc.queryForObject("select count(*) from offering where responsibility_responsible_actor_id is null "
                + "and id = any(?)", Integer.class, (Object) seedIds("services"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from actor where responsibility_responsible_actor_id is null "
                + "and id = any(?)", Integer.class, (Object) seedIds("organizations"))).isZero();
    }

    @Test
    void the_seed_holds_no_real_contact_details() throws IOException {
        Pattern email = Pattern.compile("[\\w.+-]+@[\\w.-]+");
        Pattern phone = Pattern.compile("\\+358[\\d ]{7,}");
        try (Stream<Path> files = Files.walk(SEED)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                String text = Files.readString(file);
                Matcher emails = email.matcher(text);
                while (emails.find()) {
                    assertThat(emails.group()).as(file.toString()).endsWith(".example");
                }
                Matcher phones = phone.matcher(text);
                while (phones.find()) {
                    assertThat(phones.group().strip()).as(file.toString()).startsWith("+358 50 000 0");
                }
            }
        }
    }

    /** Other tests add their own rows; checks that hold for every entry look at the seed's only. */
    private static UUID[] seedIds(String prefix) throws IOException {
        return hsdsObjects(prefix).stream().map(node -> UUID.fromString(node.get("id").asString())).toArray(UUID[]::new);
    }

    private int count(String sql, JsonNode node) {
        return jdbc.queryForObject(sql, Integer.class, UUID.fromString(node.get("id").asString()));
    }

    private static String expectedStatus(JsonNode service) {
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            if ("ekokartta".equals(term.path("taxonomy").asString("")) && "publication".equals(term.path("code").asString(""))
                    && "draft".equals(attribute.path("value").asString(""))) {
                return "DRAFT";
            }
        }
        String status = service.get("status").asString();
        return status.equals("active") || status.equals("temporarily closed") ? "PUBLISHED" : "ARCHIVED";
    }

    /** The Finnish objects of the hsds/ files whose names start with the prefix. */
    private static List<JsonNode> hsdsObjects(String prefix) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEED.resolve("hsds"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".json") && !name.matches(".*\\.(sv|en)\\.json")) {
                    JsonNode document = JSON.readTree(file.toFile());
                    (document.has("contents") ? document.get("contents") : document).forEach(objects::add);
                }
            }
        }
        return objects;
    }
}
