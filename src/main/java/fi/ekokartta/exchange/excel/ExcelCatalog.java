package fi.ekokartta.exchange.excel;

import fi.ekokartta.offering.ServiceLanguages;
import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the closed lists from the database as they are now: municipalities, service classes,
 * target groups, active organizations, and the fixed choices (sectors, statuses, access, cost)
 * labelled with the application's own translations.
 */
@Component
@Transactional(readOnly = true)
class ExcelCatalog {

    /** HSDS-side service statuses of the template; in review is not one, it reads as a draft. */
    static final List<String> SERVICE_STATUSES = List.of("published", "draft", "archived");

    private final MunicipalityRepository municipalities;
    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;
    private final ActorRepository actors;
    private final I18NProvider i18n;

    ExcelCatalog(MunicipalityRepository municipalities, TaxonomyTermRepository terms, TargetGroupRepository targetGroups,
                 ActorRepository actors, I18NProvider i18n) {
        this.municipalities = municipalities;
        this.terms = terms;
        this.targetGroups = targetGroups;
        this.actors = actors;
        this.i18n = i18n;
    }

    ExcelLists load() {
        Map<ClosedList, List<ListEntry>> lists = new EnumMap<>(ClosedList.class);
        lists.put(ClosedList.MUNICIPALITY, municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                .map(municipality -> localized(municipality.getCode(), municipality.getName())).toList());
        lists.put(ClosedList.LANGUAGE, ServiceLanguages.CODES.stream().map(ExcelCatalog::language).toList());
        lists.put(ClosedList.TARGET_GROUP, targetGroups.findAll().stream()
                .sorted(Comparator.comparing(group -> group.getName().in("fi").orElse("")))
                .map(group -> localized(group.getId().toString(), group.getName())).toList());
        lists.put(ClosedList.SERVICE_CLASS, terms.findAll().stream()
                .filter(term -> TaxonomyTerm.SERVICE_TAXONOMY.equals(term.getTaxonomy()))
                .sorted(Comparator.comparing(TaxonomyTerm::getCode, ExcelCatalog::compareCodes))
                .map(ExcelCatalog::serviceClass).toList());
        lists.put(ClosedList.ORGANIZATION, actors.findActiveByName().stream()
                .map(actor -> ListEntry.sameInEveryLanguage(actor.getId().toString(), name(actor))).toList());
        lists.put(ClosedList.SECTOR, translated(ActorSector.values(), "sector."));
        lists.put(ClosedList.ACCESS, translated(AccessMode.values(), "search.access."));
        lists.put(ClosedList.CHARGE_TYPE, translated(ChargeType.values(), "cost."));
        lists.put(ClosedList.SERVICE_STATUS, SERVICE_STATUSES.stream()
                .map(status -> translatedEntry(status, "managed.status." + status.toUpperCase(Locale.ROOT))).toList());
        return new ExcelLists(lists);
    }

    private static ListEntry localized(String value, LocalizedText name) {
        return new ListEntry(value, labels(language -> name.get(language.locale())));
    }

    private static ListEntry language(String code) {
        return new ListEntry(code, labels(language -> Locale.of(code).getDisplayLanguage(language.locale())));
    }

    private static ListEntry serviceClass(TaxonomyTerm term) {
        return new ListEntry(term.getId().toString(),
                labels(language -> term.getCode() + " " + term.getName().get(language.locale())));
    }

    private static String name(Actor actor) {
        return actor.getName().in("fi").orElse(actor.getId().toString());
    }

    private List<ListEntry> translated(Enum<?>[] constants, String keyPrefix) {
        return Arrays.stream(constants)
                .map(constant -> translatedEntry(constant.name().toLowerCase(Locale.ROOT), keyPrefix + constant.name()))
                .toList();
    }

    private ListEntry translatedEntry(String value, String key) {
        return new ListEntry(value, labels(language -> i18n.getTranslation(key, language.locale())));
    }

    private static Map<Language, String> labels(Function<Language, String> label) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            labels.put(language, label.apply(language));
        }
        return labels;
    }

    /** Class codes in their outline order: 1.2 before 1.10. */
    static int compareCodes(String a, String b) {
        String[] left = a == null ? new String[0] : a.split("\\.");
        String[] right = b == null ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i])) : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
