package fi.ekokartta.exchange.ptv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every code translation between Ekokartta and Suomi.fi Palvelutietovaranto (PTV), independent of
 * the API version: service classes (ptvserclass2), target groups (ptvkohderyhmat), municipalities
 * (Statistics Finland codes), languages, charge type, publishing status, provision type and
 * organization type. The readers and writers of each API shape (v11 now, v12 later) use only this.
 * Our side is named by term codes ("1.1", "nuoret") and HSDS values, never by database ids.
 */
public final class PtvMapping {

    public static final String SERVICE_CLASS_URI = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/";
    public static final String TARGET_GROUP_URI = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/";
    public static final String MUNICIPALITY_URI = "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/";
    /** Taxonomies of our service classes and target groups, as in seed-data/hsds/taxonomy_terms.json. */
    public static final String CLASS_TAXONOMY = "ekokartta-palveluluokitus";
    public static final String TARGET_GROUP_TAXONOMY = "ekokartta-kohderyhma";
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /** Our service class code → PTV service class; the same as the term_uri of each seed term. */
    private static final Map<String, String> CLASSES = ordered(
            "1", "P10", "1.1", "P10.1", "1.2", "P10.2", "1.3", "P4.8", "1.4", "P10.7", "1.5", "P28.5",
            "1.6", "P11.1", "1.7", "P10.6", "1.8", "P10.8",
            "2", "P6", "2.1", "P6.6", "2.2", "P6.7", "2.3", "P6.10", "2.4", "P22.3", "2.5", "P9.4", "2.6", "P6.4",
            "3", "P4.11", "3.1", "P22.2", "3.2", "P4.11", "3.3", "P22.2", "3.4", "P4.12",
            "4", "P12", "4.1", "P12.2", "4.2", "P12.1", "4.3", "P11.3", "4.4", "P12.4",
            "5", "P4", "5.1", "P10.4", "5.2", "P5.7", "5.3", "P15.1", "5.4", "P1", "5.5", "P4.8", "5.6", "P4.4",
            "5.7", "P4.10");

    /**
     * Where several of our classes share one PTV class, the one an imported service gets: the
     * class whose name is closest to PTV's. The others map to PTV, but not back.
     */
    private static final Map<String, String> PREFERRED_FOR_PTV = Map.of("P4.8", "1.3", "P4.11", "3.2", "P22.2", "3.1");

    /**
     * Our target group code → ptvkohderyhmat. PTV's list is coarse: KR1 citizens (KR1.3 young
     * people, KR1.6 people with disabilities), KR2 businesses and communities; most of our groups
     * are citizens to PTV.
     */
    private static final Map<String, String> TARGET_GROUPS = ordered(
            "tyottomat-tyonhakijat", "KR1", "pitkaaikaistyottomat", "KR1", "nuoret", "KR1.3",
            "maahanmuuttajat", "KR1", "osatyokykyiset", "KR1", "vammaiset", "KR1.6", "yli-55-vuotiaat", "KR1",
            "tyonantajat", "KR2", "aloittavat-yrittajat", "KR2", "ammattilaiset", "KR1", "opiskelijat", "KR1",
            "tyolliset", "KR1", "tyoelaman-ulkopuolella", "KR1");
    private static final Map<String, String> PREFERRED_TARGET_GROUP = Map.of(
            "KR1", "tyottomat-tyonhakijat", "KR2", "tyonantajat");

    /** HSDS/Ekokartta charge type (attribute charge_type) ↔ PTV serviceChargeType. */
    private static final Map<String, String> CHARGE_TYPES = ordered(
            "free", "FreeOfCharge", "chargeable", "Chargeable", "other", "Other");

    /** Ekokartta sector (attribute sector) ↔ PTV organizationType. */
    private static final Map<String, String> SECTORS = ordered(
            "municipality", "Municipality", "state_agency", "State", "wellbeing_county", "Region",
            "employment_area", "RegionalOrganization", "company", "Company", "private_provider", "Company",
            "education", "Organization", "third_sector", "Organization", "project", "Organization");
    private static final Map<String, String> SECTOR_FOR_PTV = Map.of(
            "Municipality", "municipality", "State", "state_agency", "Region", "wellbeing_county",
            "RegionalOrganization", "employment_area", "Company", "company", "SotePublic", "wellbeing_county",
            "SotePrivate", "private_provider", "Organization", "third_sector");

    private static final Set<String> PUBLISHING_STATUSES = Set.of("Draft", "Published", "Modified", "Deleted", "Archived");
    private static final Pattern CODE_AT_END = Pattern.compile(".*[/:]((?:P|KR)\\d+(?:\\.\\d+)*)$");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");

    private PtvMapping() {
    }

    /** The PTV service class of one of our classes, if it has one. */
    public static Optional<String> ptvServiceClass(String ourCode) {
        return Optional.ofNullable(CLASSES.get(ourCode));
    }

    /**
     * Our class for a PTV service class: the mapped one, else the class of its nearest mapped
     * parent (P10.9 → P10 → "1"); empty when no ancestor is mapped.
     */
    public static Optional<String> ourServiceClass(String ptvCode) {
        for (String code = ptvCode; code != null; code = parent(code)) {
            Optional<String> ours = reverse(CLASSES, PREFERRED_FOR_PTV, code);
            if (ours.isPresent()) {
                return ours;
            }
        }
        return Optional.empty();
    }

    public static Optional<String> ptvTargetGroup(String ourCode) {
        return Optional.ofNullable(TARGET_GROUPS.get(ourCode));
    }

    /** Our target group for a ptvkohderyhmat code, falling back to its parent (KR1.1 → KR1). */
    public static Optional<String> ourTargetGroup(String ptvCode) {
        for (String code = ptvCode; code != null; code = parent(code)) {
            Optional<String> ours = reverse(TARGET_GROUPS, PREFERRED_TARGET_GROUP, code);
            if (ours.isPresent()) {
                return ours;
            }
        }
        return Optional.empty();
    }

    public static List<String> ourServiceClassCodes() {
        return List.copyOf(CLASSES.keySet());
    }

    public static List<String> ourTargetGroupCodes() {
        return List.copyOf(TARGET_GROUPS.keySet());
    }

    /** The code at the end of a PTV code URI or URN (".../code/P10.1", "...ptvl:KR1.3"), or the code itself. */
    public static String codeOf(String codeOrUri) {
        String value = codeOrUri.strip();
        Matcher matcher = CODE_AT_END.matcher(value);
        return matcher.matches() ? matcher.group(1) : value;
    }

    public static String serviceClassUri(String ptvCode) {
        return SERVICE_CLASS_URI + ptvCode;
    }

    public static String targetGroupUri(String ptvCode) {
        return TARGET_GROUP_URI + ptvCode;
    }

    public static boolean isMunicipalityCode(String code) {
        return code != null && MUNICIPALITY_CODE.matcher(code).matches();
    }

    public static String municipalityUri(String code) {
        return MUNICIPALITY_URI + code;
    }

    /** The municipality code an HSDS service area names by its code URI, if it does. */
    public static Optional<String> municipalityOf(String uri) {
        if (uri == null || !uri.contains("/kunta_")) {
            return Optional.empty();
        }
        String code = uri.substring(uri.lastIndexOf('/') + 1);
        return isMunicipalityCode(code) ? Optional.of(code) : Optional.empty();
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code.toLowerCase(Locale.ROOT));
    }

    public static Optional<String> ptvChargeType(String ourChargeType) {
        return Optional.ofNullable(ourChargeType).map(value -> CHARGE_TYPES.get(value.toLowerCase(Locale.ROOT)));
    }

    public static Optional<String> ourChargeType(String ptvChargeType) {
        return reverse(CHARGE_TYPES, Map.of(), ptvChargeType);
    }

    public static Optional<String> ptvOrganizationType(String ourSector) {
        return Optional.ofNullable(ourSector).map(value -> SECTORS.get(value.toLowerCase(Locale.ROOT)));
    }

    public static Optional<String> ourSector(String organizationType) {
        return Optional.ofNullable(organizationType).map(SECTOR_FOR_PTV::get);
    }

    public static boolean isPublishingStatus(String status) {
        return PUBLISHING_STATUSES.contains(status);
    }

    /** HSDS status of a PTV publishing status: deleted and archived content is inactive. */
    public static String hsdsStatus(String publishingStatus) {
        return "Deleted".equals(publishingStatus) || "Archived".equals(publishingStatus) ? "inactive" : "active";
    }

    /** A draft in PTV stays a draft with us (Ekokartta's publication attribute). */
    public static boolean isDraft(String publishingStatus) {
        return "Draft".equals(publishingStatus);
    }

    /**
     * The publishing status our published services are offered with. PTV publishes what a
     * municipality's editor accepts; sending drafts lets them review the content in PTV first.
     */
    public static String exportPublishingStatus() {
        return "Draft";
    }

    /** Provision type of the providing organization: our services are produced by their provider. */
    public static String selfProduced() {
        return "SelfProducedServices";
    }

    /**
     * Our virtual channel kinds (the location attribute {@code ekokartta/channel}) → PTV channel
     * type: an e-service is PTV's EChannel, every other page on the web (web, chat, remote) a
     * WebPage channel. A visiting address is a ServiceLocation, a phone a Phone channel.
     */
    private static final Map<String, String> VIRTUAL_CHANNELS = ordered(
            "e_service", "EChannel", "web", "WebPage", "chat", "WebPage", "remote", "WebPage");
    /** PTV channel type → our channel kind, for the types read back as virtual locations. */
    private static final Map<String, String> OUR_VIRTUAL_CHANNELS = Map.of(
            "EChannel", "e_service", "WebPage", "web", "PrintableForm", "web");

    /**
     * PTV's maximum lengths (characters) of the texts we send, as its v11 In models validate them:
     * channel and service names 100, summaries 150, descriptions 2500 (a channel's) and 4000
     * (a service's), web page names 110, web addresses 500, e-mail addresses 100, phone numbers 20,
     * a phone's additional information 150, street names and post offices 100, street numbers 30.
     */
    public enum MaxLength {
        NAME(100), SUMMARY(150), CHANNEL_DESCRIPTION(2500), SERVICE_DESCRIPTION(4000), WEB_PAGE_NAME(110), URL(500),
        EMAIL(100), PHONE_NUMBER(20), PHONE_INFO(150), STREET(100), POST_OFFICE(100), STREET_NUMBER(30);

        private final int characters;

        MaxLength(int characters) {
            this.characters = characters;
        }

        public int characters() {
            return characters;
        }

        /** The text, cut at a word boundary with an ellipsis when it is longer than PTV takes. */
        public String fit(String text) {
            if (text == null || text.length() <= characters) {
                return text;
            }
            String cut = text.substring(0, characters - 1);
            int space = cut.lastIndexOf(' ');
            if (space > characters / 2) {
                cut = cut.substring(0, space);
            }
            return cut.strip() + "…";
        }
    }

    /** The PTV channel type of one of our virtual channel kinds (e_service, web, chat, remote). */
    public static String ptvVirtualChannel(String ourChannel) {
        return VIRTUAL_CHANNELS.getOrDefault(ourChannel == null ? "" : ourChannel.toLowerCase(Locale.ROOT), "WebPage");
    }

    /** Our channel kind of a PTV EChannel, WebPage or PrintableForm; null for other types. */
    public static String ourVirtualChannel(String ptvChannelType) {
        return OUR_VIRTUAL_CHANNELS.get(ptvChannelType);
    }

    /** HSDS phone type → PTV phone type (voice → Phone, text → Sms, fax → Fax). */
    public static String ptvPhoneType(String hsdsType) {
        return switch (hsdsType == null ? "" : hsdsType) {
            case "text", "sms" -> "Sms";
            case "fax" -> "Fax";
            default -> "Phone";
        };
    }

    /** PTV phone type → HSDS phone type. */
    public static String hsdsPhoneType(String ptvType) {
        return switch (ptvType == null ? "" : ptvType) {
            case "Sms" -> "text";
            case "Fax" -> "fax";
            default -> "voice";
        };
    }

    private static Optional<String> reverse(Map<String, String> ourToPtv, Map<String, String> preferred, String ptv) {
        if (ptv == null) {
            return Optional.empty();
        }
        if (preferred.containsKey(ptv)) {
            return Optional.of(preferred.get(ptv));
        }
        return ourToPtv.entrySet().stream().filter(entry -> entry.getValue().equals(ptv)).map(Map.Entry::getKey).findFirst();
    }

    private static String parent(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
