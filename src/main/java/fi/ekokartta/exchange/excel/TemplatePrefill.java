package fi.ekokartta.exchange.excel;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organization's own entries as rows of the template, so its actor can correct them. Lists are
 * written as the template's labels; a list with more choices than its columns puts the rest,
 * separated by semicolons, in its last column, which the reader accepts too.
 */
final class TemplatePrefill {

    private final ExcelLists lists;
    private final Language language;

    TemplatePrefill(ExcelLists lists, Language language) {
        this.lists = lists;
        this.language = language;
    }

    Map<String, String> organization(Actor actor) {
        Map<String, String> row = new HashMap<>();
        row.put("id", actor.getId().toString());
        localized(row, "name", actor.getName());
        localized(row, "description", actor.getDescription());
        row.put("business_id", actor.getBusinessId());
        row.put("sector", actor.getSector() == null ? null
                : label(ClosedList.SECTOR, actor.getSector().name().toLowerCase(Locale.ROOT)));
        row.put("parent", actor.getParent() == null ? null : label(ClosedList.ORGANIZATION, actor.getParent().getId().toString()));
        row.put("email", actor.getEmail());
        row.put("phone", actor.getPhone());
        row.put("website", actor.getWebsite());
        choices(row, ExcelSheet.ORGANIZATIONS, "municipality", ClosedList.MUNICIPALITY, codes(actor.getMunicipalities()));
        return row;
    }

    Map<String, String> service(Offering offering) {
        Map<String, String> row = new HashMap<>();
        row.put("id", offering.getId().toString());
        row.put("organization", label(ClosedList.ORGANIZATION, offering.getProvider().getId().toString()));
        localized(row, "name", offering.getName());
        localized(row, "summary", offering.getSummary());
        localized(row, "description", offering.getDescription());
        row.put("status", label(ClosedList.SERVICE_STATUS, status(offering.getStatus())));
        row.put("access", offering.getAccess() == null ? null
                : label(ClosedList.ACCESS, offering.getAccess().name().toLowerCase(Locale.ROOT)));
        localized(row, "how_to_get_there", offering.getHowToGetThere());
        row.put("charge_type", offering.getChargeType() == null ? null
                : label(ClosedList.CHARGE_TYPE, offering.getChargeType().name().toLowerCase(Locale.ROOT)));
        row.put("email", channel(offering, ChannelType.EMAIL, ServiceChannel::getEmail));
        row.put("phone", channel(offering, ChannelType.PHONE, ServiceChannel::getPhone));
        row.put("website", channel(offering, ChannelType.WEB, ServiceChannel::getUrl));
        choices(row, ExcelSheet.SERVICES, "municipality", ClosedList.MUNICIPALITY, codes(offering.getMunicipalities()));
        choices(row, ExcelSheet.SERVICES, "language", ClosedList.LANGUAGE, offering.getLanguages().stream().sorted().toList());
        choices(row, ExcelSheet.SERVICES, "target_group", ClosedList.TARGET_GROUP,
                offering.getTargetGroups().stream().map(group -> group.getId().toString()).sorted().toList());
        choices(row, ExcelSheet.SERVICES, "service_class", ClosedList.SERVICE_CLASS,
                offering.getClasses().stream().map(term -> term.getId().toString()).sorted().toList());
        for (String code : List.of("fi", "sv", "en")) {
            row.put("keywords." + code, offering.getKeywords().stream().filter(keyword -> code.equals(keyword.getLanguage()))
                    .map(Keyword::getWord).sorted().collect(Collectors.joining("; ")));
        }
        return row;
    }

    private static String status(OfferingStatus status) {
        return switch (status) {
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
            case DRAFT, IN_REVIEW -> "draft";
        };
    }

    private String label(ClosedList list, String value) {
        return lists.label(list, value, language);
    }

    private static void localized(Map<String, String> row, String field, LocalizedText text) {
        for (String code : List.of("fi", "sv", "en")) {
            row.put(field + "." + code, text.in(code).orElse(null));
        }
    }

    private static List<String> codes(Collection<Municipality> municipalities) {
        return municipalities.stream().map(Municipality::getCode).sorted(Comparator.naturalOrder()).toList();
    }

    private void choices(Map<String, String> row, ExcelSheet sheet, String field, ClosedList list, List<String> values) {
        int columns = (int) sheet.columns().stream().filter(column -> column.field().equals(field)).count();
        for (int i = 0; i < values.size(); i++) {
            int number = Math.min(i + 1, columns);
            String label = label(list, values.get(i));
            row.merge(field + "." + number, label, (earlier, later) -> earlier + "; " + later);
        }
    }

    private static String channel(Offering offering, ChannelType type, Function<ServiceChannel, String> value) {
        return offering.getChannels().stream().filter(channel -> channel.getType() == type)
                .map(value).filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
    }
}
