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
 * Realistic synthetic Finnish services for the benchmark: each service is of a kind (työkokeilu,
 * velkaneuvonta, kotoutumiskoulutus, ...) and its summary, description and keywords speak of that
 * kind's topic, with sentences every service may share (how to get in, cost, groups) mixed in;
 * names say for whom and where. Spread over the seed's actors, classes, target groups and the
 * area's municipalities. Written with plain SQL in batches (the benchmark then measures mass
 * indexing, which is what a node does when its index is missing).
 */
final class SyntheticServices {

    /** Kinds of service on one topic, the topic's own sentences and keywords. */
    private record Topic(String[] kinds, String[] sentences, String[] keywords) {
    }

    private static final Topic[] TOPICS = {
            new Topic(new String[] {"Työkokeilu"}, new String[] {
                    "Työkokeilussa asiakas pääsee kokeilemaan alan tehtäviä oikealla työpaikalla.",
                    "Työkokeilun aikana selvitetään soveltuvuus alalle ja tuen tarve.",
                    "Työkokeilusta sovitaan kirjallisesti asiakkaan, työpaikan ja työllisyyspalveluiden kesken."},
                    new String[] {"työkokeilu", "työelämä", "soveltuvuus"}),
            new Topic(new String[] {"Työhönvalmennus", "Uravalmennus", "Työnhakuvalmennus"}, new String[] {
                    "Valmentaja tukee työnhaussa, hakemusten tekemisessä ja työhaastatteluihin valmistautumisessa.",
                    "Valmennuksessa päivitetään ansioluettelo ja harjoitellaan työhaastattelua.",
                    "Uravalmennuksessa selkiytetään omia ammatillisia tavoitteita ja vaihtoehtoja."},
                    new String[] {"työnhaku", "valmennus", "CV", "ura"}),
            new Topic(new String[] {"Velkaneuvonta", "Talousneuvonta"}, new String[] {
                    "Velkaantunut asiakas saa apua maksuohjelman laatimiseen.",
                    "Neuvoja auttaa selvittämään velat ja neuvottelemaan velkojien kanssa.",
                    "Talousneuvonnassa laaditaan kotitalouden budjetti ja käydään läpi tulot ja menot."},
                    new String[] {"velka", "talous", "maksuvaikeudet"}),
            new Topic(new String[] {"Kotoutumiskoulutus", "Suomen kielen kurssi", "Kielikahvila", "Lukutaitokoulutus"},
                    new String[] {
                    "Kurssilla harjoitellaan työelämässä tarvittavaa suomen kieltä.",
                    "Koulutus sisältää suomen kielen opintoja sekä yhteiskunta- ja työelämätietoutta.",
                    "Kielikahvilassa harjoitellaan puhumista rennosti vapaaehtoisten kanssa.",
                    "Opetus etenee osallistujan oman tason mukaan."},
                    new String[] {"kotoutuminen", "S2", "suomen kieli", "maahanmuuttajat"}),
            new Topic(new String[] {"Digituki"}, new String[] {
                    "Digituessa opastetaan sähköisten palveluiden ja vahvan tunnistautumisen käytössä.",
                    "Apua saa älypuhelimen, tietokoneen ja sähköpostin käyttöön."},
                    new String[] {"digitaidot", "sähköinen asiointi"}),
            new Topic(new String[] {"Etsivä nuorisotyö", "Työpaja"}, new String[] {
                    "Etsivä nuorisotyöntekijä tukee alle 29-vuotiasta nuorta opiskelu- tai työpaikan löytämisessä.",
                    "Työpajalla nuori harjoittelee työtehtäviä ohjaajan tuella.",
                    "Nuoren kanssa selvitetään koulutusvaihtoehtoja ja haetaan yhdessä opiskelupaikkaa."},
                    new String[] {"nuoret", "työpaja", "opiskelu"}),
            new Topic(new String[] {"Kuntouttava työtoiminta", "Sosiaalinen kuntoutus", "Ammatillinen kuntoutus",
                    "Työkyvyn arviointi"}, new String[] {
                    "Kuntouttavassa työtoiminnassa vahvistetaan elämänhallintaa ja työelämävalmiuksia.",
                    "Työkyvyn arvioinnissa selvitetään terveydentilan vaikutus työntekoon.",
                    "Ammatillisen kuntoutuksen tavoitteena on työssä jatkaminen tai työhön palaaminen.",
                    "Palvelu tukee arjen hallintaa, jaksamista ja osallisuutta."},
                    new String[] {"kuntoutus", "työkyky", "IPS"}),
            new Topic(new String[] {"Palkkatuki", "Rekrytointipalvelu", "Oppisopimuskoulutus", "Kesätyöseteli"},
                    new String[] {
                    "Työnantajalle voidaan myöntää palkkatukea tai muuta taloudellista tukea.",
                    "Rekrytointipalvelu auttaa työnantajaa löytämään osaavan työntekijän.",
                    "Oppisopimuksessa opiskelija oppii ammatin työpaikalla ja saa palkkaa.",
                    "Kesätyöseteli on tarkoitettu nuoren ensimmäiseen kesätyöhön."},
                    new String[] {"palkkatuki", "rekrytointi", "oppisopimus", "työnantaja"}),
            new Topic(new String[] {"Yritysneuvonta", "Starttiraha-neuvonta"}, new String[] {
                    "Yritysneuvonnassa arvioidaan liikeidea ja laaditaan liiketoimintasuunnitelma.",
                    "Starttirahaa voi hakea päätoimisen yritystoiminnan aloittamiseen."},
                    new String[] {"yrittäjyys", "starttiraha"}),
            new Topic(new String[] {"Mielenterveyden vertaistuki", "Päihdetyön ohjaus"}, new String[] {
                    "Vertaisryhmässä jaetaan kokemuksia ja saadaan tukea toisilta.",
                    "Päihdetyön ohjaaja auttaa vähentämään päihteiden käyttöä.",
                    "Keskusteluapua saa luottamuksellisesti ja nimettömänä."},
                    new String[] {"mielenterveys", "päihteet", "vertaistuki"}),
            new Topic(new String[] {"Asumisneuvonta"}, new String[] {
                    "Asumisneuvoja auttaa vuokranmaksuun ja asunnon hakemiseen liittyvissä asioissa.",
                    "Asunnottomuuden uhatessa asiakkaan kanssa etsitään ratkaisu yhdessä."},
                    new String[] {"asuminen", "vuokra"}),
            new Topic(new String[] {"Ruoka-apu", "Vapaaehtoistoiminta"}, new String[] {
                    "Ruoka-apua jaetaan viikoittain ilman ennakkoilmoittautumista.",
                    "Vapaaehtoistoiminnassa voi osallistua yhdistyksen toimintaan omien voimien mukaan."},
                    new String[] {"ruoka-apu", "vapaaehtoistyö"}),
            new Topic(new String[] {"Osaamiskartoitus"}, new String[] {
                    "Palvelussa kartoitetaan asiakkaan osaaminen ja tavoitteet.",
                    "Aiemmin hankittu osaaminen tunnistetaan ja kirjataan todistukseen."},
                    new String[] {"osaaminen", "koulutus"}),
    };
    private static final String[] FOR_WHOM = {"nuorille", "maahanmuuttajille", "osatyökykyisille",
            "pitkäaikaistyöttömille", "yli 55-vuotiaille", "työnantajille", "aloittaville yrittäjille", "opiskelijoille",
            "kaikille työnhakijoille", "mielenterveyskuntoutujille"};
    private static final String[] PLACES = {"Ylivieskassa", "Kalajoella", "Nivalassa", "Alavieskassa", "Sievissä",
            "verkossa", "Jokilaaksoissa"};
    /** Sentences about how a service works, which any service may have. */
    private static final String[] COMMON_SENTENCES = {"Toiminta on maksutonta ja perustuu vapaaehtoisuuteen.",
            "Palveluun ohjaudutaan työllisyyspalveluiden kautta.",
            "Ryhmät kokoontuvat viikoittain ja niihin voi tulla ilman ajanvarausta.",
            "Asiakkaan kanssa laaditaan henkilökohtainen suunnitelma.",
            "Palvelu järjestetään yhteistyössä alueen yritysten ja oppilaitosten kanssa.",
            "Tarvittaessa käytetään tulkkia.", "Jakso kestää tavallisesti kolmesta kuuteen kuukautta.",
            "Kulukorvaus maksetaan osallistumispäiviltä.",
            "Palveluun voi hakeutua itse tai ammattilaisen ohjaamana.",
            "Tapaamiset järjestetään toimipisteessä tai etäyhteydellä."};
    private static final String[] COMMON_KEYWORDS = {"neuvonta", "ohjaus", "tuki", "ryhmätoiminta"};

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
                Topic topic = pick(TOPICS);
                String kind = pick(topic.kinds());
                String name = kind + " " + pick(FOR_WHOM) + " " + pick(PLACES);
                String summary = kind + " " + pick(FOR_WHOM) + ". " + pick(topic.sentences());
                String description = String.join(" ", subset(topic.sentences(), 2)) + " "
                        + String.join(" ", subset(COMMON_SENTENCES, 2));
                services.add(new Object[] {id, name, summary, description, pick(providers),
                        Timestamp.from(Instant.now())});
                for (String code : subset(MUNICIPALITIES)) {
                    pairs.add(new Object[] {id, code});
                }
                classRows.add(new Object[] {pick(classes), id});
                groupRows.add(new Object[] {id, pick(targetGroups)});
                List<String> keywords = new ArrayList<>(subset(topic.keywords(), 2));
                keywords.add(pick(COMMON_KEYWORDS));
                for (String word : keywords) {
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
