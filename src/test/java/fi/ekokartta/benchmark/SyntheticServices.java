package fi.ekokartta.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic synthetic Finnish services for the benchmark: names, summaries, descriptions and
 * keywords built from the domain's vocabulary, spread over the seed's actors, classes, target
 * groups and the area's municipalities. Written with plain SQL in batches (the benchmark then
 * measures mass indexing, which is what a node does when its index is missing).
 */
final class SyntheticServices {

    private static final String[] KINDS = {"Työkokeilu", "Työhönvalmennus", "Uravalmennus", "Velkaneuvonta",
            "Talousneuvonta", "Kotoutumiskoulutus", "Suomen kielen kurssi", "Digituki", "Etsivä nuorisotyö", "Työpaja",
            "Kuntouttava työtoiminta", "Palkkatuki", "Starttiraha-neuvonta", "Rekrytointipalvelu", "Oppisopimuskoulutus",
            "Mielenterveyden vertaistuki", "Päihdetyön ohjaus", "Asumisneuvonta", "Työkyvyn arviointi",
            "Ammatillinen kuntoutus", "Yritysneuvonta", "Työnhakuvalmennus", "Osaamiskartoitus", "Kielikahvila",
            "Ruoka-apu", "Vapaaehtoistoiminta", "Sosiaalinen kuntoutus", "Lukutaitokoulutus", "Kesätyöseteli"};
    private static final String[] FOR_WHOM = {"nuorille", "maahanmuuttajille", "osatyökykyisille",
            "pitkäaikaistyöttömille", "yli 55-vuotiaille", "työnantajille", "aloittaville yrittäjille", "opiskelijoille",
            "kaikille työnhakijoille", "mielenterveyskuntoutujille"};
    private static final String[] PLACES = {"Ylivieskassa", "Kalajoella", "Nivalassa", "Alavieskassa", "Sievissä",
            "verkossa", "Jokilaaksoissa"};
    private static final String[] SENTENCES = {"Palvelussa kartoitetaan asiakkaan osaaminen ja tavoitteet.",
            "Valmentaja tukee työnhaussa, hakemusten tekemisessä ja työhaastatteluihin valmistautumisessa.",
            "Toiminta on maksutonta ja perustuu vapaaehtoisuuteen.", "Palveluun ohjaudutaan työllisyyspalveluiden kautta.",
            "Ryhmät kokoontuvat viikoittain ja niihin voi tulla ilman ajanvarausta.",
            "Asiakkaan kanssa laaditaan henkilökohtainen suunnitelma.",
            "Työnantajalle voidaan myöntää palkkatukea tai muuta taloudellista tukea.",
            "Palvelu järjestetään yhteistyössä alueen yritysten ja oppilaitosten kanssa.",
            "Tarvittaessa käytetään tulkkia.", "Jakso kestää tavallisesti kolmesta kuuteen kuukautta.",
            "Kulukorvaus maksetaan osallistumispäiviltä.", "Velkaantunut asiakas saa apua maksuohjelman laatimiseen.",
            "Kurssilla harjoitellaan työelämässä tarvittavaa suomen kieltä.",
            "Palvelu tukee arjen hallintaa, jaksamista ja osallisuutta."};
    private static final String[] KEYWORDS = {"työnhaku", "työkokeilu", "valmennus", "velka", "talous", "kotoutuminen",
            "S2", "digitaidot", "nuoret", "työpaja", "kuntoutus", "palkkatuki", "starttiraha", "rekrytointi", "oppisopimus",
            "mielenterveys", "päihteet", "asuminen", "työkyky", "yrittäjyys", "CV", "osaaminen", "vertaistuki", "TYP", "IPS"};
    static final String[] MUNICIPALITIES = {"977", "208", "535", "009", "746"};

    private final Random random = new Random(42);
    private final List<UUID> providers;
    private final List<UUID> classes;
    private final List<UUID> targetGroups;

    SyntheticServices(JdbcTemplate jdbc) {
        providers = jdbc.queryForList("select id from actor", UUID.class);
        classes = jdbc.queryForList("select id from taxonomy_term where parent_id is not null", UUID.class);
        targetGroups = jdbc.queryForList("select id from target_group", UUID.class);
    }

    void insert(JdbcTemplate jdbc, int count) {
        int batch = 1000;
        for (int done = 0; done < count; done += batch) {
            List<Object[]> services = new ArrayList<>();
            List<Object[]> pairs = new ArrayList<>();
            List<Object[]> classRows = new ArrayList<>();
            List<Object[]> groupRows = new ArrayList<>();
            List<Object[]> keywordRows = new ArrayList<>();
            List<Object[]> languageRows = new ArrayList<>();
            for (int i = 0; i < Math.min(batch, count - done); i++) {
                UUID id = UUID.randomUUID();
                String kind = pick(KINDS);
                String name = kind + " " + pick(FOR_WHOM) + " " + pick(PLACES);
                String summary = kind + " " + pick(FOR_WHOM) + ". " + pick(SENTENCES);
                StringBuilder description = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    description.append(pick(SENTENCES)).append(' ');
                }
                services.add(new Object[] {id, name, summary, description.toString().strip(), pick(providers),
                        Timestamp.from(Instant.now())});
                for (String code : subset(MUNICIPALITIES)) {
                    pairs.add(new Object[] {id, code});
                }
                classRows.add(new Object[] {pick(classes), id});
                groupRows.add(new Object[] {id, pick(targetGroups)});
                for (String word : subset(KEYWORDS, 3)) {
                    keywordRows.add(new Object[] {"fi", id, word});
                }
                languageRows.add(new Object[] {"fi", id});
            }
            jdbc.batchUpdate("""
                    insert into offering (id, version, status, name_fi, summary_fi, description_fi, provider_id, last_modified,
                    charge_type, access) values (?, 0, 'PUBLISHED', ?, ?, ?, ?, ?, 'FREE', 'BOTH')""", services);
            jdbc.batchUpdate("insert into offering_municipality (offering_id, municipalities_code) values (?, ?)", pairs);
            jdbc.batchUpdate("insert into offering_class (classes_id, offering_id) values (?, ?)", classRows);
            jdbc.batchUpdate("insert into offering_target_group (offering_id, target_groups_id) values (?, ?)", groupRows);
            jdbc.batchUpdate("insert into offering_keyword (keywords_language, offering_id, keywords_word) values (?, ?, ?)",
                    keywordRows);
            jdbc.batchUpdate("insert into offering_language (language_code, offering_id) values (?, ?)", languageRows);
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> subset(String[] values) {
        return subset(values, 1 + random.nextInt(values.length));
    }

    private List<String> subset(String[] values, int size) {
        List<String> all = new ArrayList<>(List.of(values));
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(size, all.size()));
    }
}
