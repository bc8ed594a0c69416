package fi.ekokartta.editing;

import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.ScheduleRule;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.Program;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole edited service before anything of it is stored and gives it back as it is to be
 * stored, with the classes, target groups and municipalities it names; throws one
 * ValidationException naming every wrong field.
 */
@Component
class OfferingValidation {

    static final int NAME_LENGTH = 200;
    static final int SUMMARY_LENGTH = 500;
    static final int SHORT_RICH_TEXT_LENGTH = 4000;
    static final int FUNDING_LENGTH = 2000;
    static final int MAX_AGE = 120;

    private static final Pattern WEEKDAYS = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Set<String> KEYWORD_LANGUAGES = Set.of("fi", "sv", "en");

    /** The content as it is to be stored, and the entities it refers to. */
    record Valid(OfferingContent content, Set<TaxonomyTerm> classes, Set<TargetGroup> targetGroups,
                 Set<Municipality> municipalities, Set<Actor> coProducers, Program program) {
    }

    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final ActorRepository actors;

    OfferingValidation(TaxonomyTermRepository terms, TargetGroupRepository targetGroups,
                       MunicipalityRepository municipalities, ActorRepository actors) {
        this.terms = terms;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.actors = actors;
    }

    /** The content of a service of the provider, whose programs the service may belong to. */
    Valid check(OfferingContent c, Actor provider) {
        return check(c, provider, Set.of());
    }

    /**
     * {@code storedPostalCodes}: the postal codes the service has now. One imported in another
     * format (an address abroad) is kept as it is; a code typed in the editor must be Finnish.
     */
    Valid check(OfferingContent c, Actor provider, Set<String> storedPostalCodes) {
        InputCheck check = new InputCheck();
        Set<Keyword> keywords = new LinkedHashSet<>();
        for (Keyword keyword : c.keywords()) {
            String word = check.requiredText("keywords", keyword.getWord(), 100);
            if (!KEYWORD_LANGUAGES.contains(keyword.getLanguage())) {
                check.reject("keywords", "editing.error.language-unknown");
            } else if (word != null) {
                keywords.add(new Keyword(keyword.getLanguage(), word));
            }
        }
        c.languages().stream().filter(language -> language == null || !LANGUAGE.matcher(language).matches()).findFirst()
                .ifPresent(wrong -> check.reject("languages", "editing.error.language-unknown"));
        List<OfferingContent.Channel> channels = new ArrayList<>();
        for (int i = 0; i < c.channels().size(); i++) {
            channels.add(channel(check, "channels[" + i + "]", c.channels().get(i), storedPostalCodes));
        }
        List<OfferingContent.Contact> contacts = new ArrayList<>();
        for (int i = 0; i < c.contacts().size(); i++) {
            contacts.add(contact(check, "contacts[" + i + "]", c.contacts().get(i)));
        }
        if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            check.reject("validTo", "editing.error.valid-to-before-from");
        }
        Integer minimumAge = age(check, "minimumAge", c.minimumAge());
        Integer maximumAge = age(check, "maximumAge", c.maximumAge());
        if (minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
            check.reject("maximumAge", "editing.error.ages");
        }
        Integer interval = c.reviewIntervalMonths();
        if (interval != null && (interval < 1 || interval > 60)) {
            check.reject("reviewIntervalMonths", "editing.error.review-interval");
        }
        OfferingContent content = new OfferingContent(
                check.localized("name", c.name(), NAME_LENGTH, true, false),
                check.localized("summary", c.summary(), SUMMARY_LENGTH, false, false),
                check.localized("description", c.description(), LocalizedText.MAX_LENGTH, true, true),
                keywords, c.classIds(), c.targetGroupIds(), c.municipalityCodes(), c.languages(), channels, contacts,
                c.access(), check.localized("howToGetThere", c.howToGetThere(), SHORT_RICH_TEXT_LENGTH, false, true),
                check.localized("referralInstructions", c.referralInstructions(), LocalizedText.MAX_LENGTH, false, true),
                c.chargeType(), check.localized("costDescription", c.costDescription(), SHORT_RICH_TEXT_LENGTH, false, false),
                c.validFrom(), c.validTo(), check.text("responsiblePerson", c.responsiblePerson(), InputCheck.SHORT_TEXT),
                check.email("responsibleEmail", c.responsibleEmail()),
                interval == null ? UpdateResponsibility.DEFAULT_REVIEW_INTERVAL_MONTHS : interval,
                check.localized("internalNote", c.internalNote(), SHORT_RICH_TEXT_LENGTH, false, true),
                check.localized("eligibility", c.eligibility(), SHORT_RICH_TEXT_LENGTH, false, false), minimumAge, maximumAge,
                check.text("funding", c.funding(), FUNDING_LENGTH), c.coProducerIds(), capacities(check, c.capacities()),
                check.localized("alternateName", c.alternateName(), NAME_LENGTH, false, false),
                check.localized("alert", c.alert(), SUMMARY_LENGTH, false, false),
                OfferingTermsValidation.costOptions(check, c.costOptions()),
                OfferingTermsValidation.documents(check, c.requiredDocuments()),
                OfferingTermsValidation.moreTerms(check, c.moreTerms()));
        Program program = OfferingTermsValidation.program(check, c.moreTerms().programId(), provider);
        List<TaxonomyTerm> classes = terms.findAllById(c.classIds());
        if (classes.size() != c.classIds().size()) {
            check.reject("classes", "editing.error.class-unknown");
        }
        List<TargetGroup> groups = targetGroups.findAllById(c.targetGroupIds());
        if (groups.size() != c.targetGroupIds().size()) {
            check.reject("targetGroups", "editing.error.target-group-unknown");
        }
        Set<Municipality> places = new LinkedHashSet<>();
        for (String code : c.municipalityCodes()) {
            Optional<Municipality> municipality = code == null ? Optional.empty() : municipalities.findById(code);
            municipality.ifPresentOrElse(places::add, () -> check.reject("municipalities", "editing.error.municipality-unknown"));
        }
        List<Actor> coProducers = actors.findAllById(c.coProducerIds());
        if (coProducers.size() != c.coProducerIds().size()) {
            check.reject("coProducers", "editing.error.provider-unknown");
        }
        check.throwIfInvalid();
        return new Valid(content, new LinkedHashSet<>(classes), new LinkedHashSet<>(groups), places,
                new LinkedHashSet<>(coProducers), program);
    }

    private static OfferingContent.Channel channel(InputCheck check, String field, OfferingContent.Channel c,
                                                   Set<String> storedPostalCodes) {
        if (c.type() == null) {
            check.reject(field + ".type", InputCheck.REQUIRED);
        }
        String postalCode = postalCode(check, field + ".postalCode", c.postalCode(), storedPostalCodes);
        List<OfferingContent.Hours> hours = new ArrayList<>();
        for (int i = 0; i < c.openingHours().size(); i++) {
            hours.add(hours(check, field + ".openingHours[" + i + "]", c.openingHours().get(i)));
        }
        OpeningHoursOverlap.find(hours).ifPresent(i -> check.reject(field + ".openingHours[" + i + "]",
                hours.get(i).date() == null ? "editing.error.hours-overlap" : "editing.error.exception-twice"));
        return new OfferingContent.Channel(c.id(), c.type(), check.localized(field + ".name", c.name(), NAME_LENGTH, false, false),
                check.text(field + ".streetAddress", c.streetAddress(), InputCheck.SHORT_TEXT), postalCode,
                check.text(field + ".city", c.city(), InputCheck.SHORT_TEXT), check.url(field + ".url", c.url()),
                check.phone(field + ".phone", c.phone()), check.email(field + ".email", c.email()), hours,
                check.text(field + ".transportation", c.transportation(), SHORT_RICH_TEXT_LENGTH),
                check.text(field + ".accessibility", c.accessibility(), SHORT_RICH_TEXT_LENGTH), c.byAppointment(),
                details(check, field, c.details(), c.phone(), storedPostalCodes));
    }

    /**
     * A channel's phone extension and type and its place's details, named as the channel's own
     * fields ("channels[0].phoneExtension"); the lengths are those of the columns.
     */
    private static OfferingContent.Details details(InputCheck check, String field, OfferingContent.Details d,
                                                   String phone, Set<String> storedPostalCodes) {
        Integer extension = d.phoneExtension();
        if (extension != null && extension < 1) {
            extension = check.reject(field + ".phoneExtension", "editing.error.phone-extension");
        } else if (extension != null && (phone == null || phone.isBlank())) {
            // An extension alone cannot be dialled, and the card shows it only after a number.
            extension = check.reject(field + ".phoneExtension", "editing.error.extension-without-phone");
        }
        return new OfferingContent.Details(extension, d.phoneType(),
                check.text(field + ".alternateName", d.alternateName(), InputCheck.SHORT_TEXT),
                check.localized(field + ".description", d.description(), LocalizedText.MAX_LENGTH, false, false),
                check.text(field + ".externalIdentifier", d.externalIdentifier(), InputCheck.SHORT_TEXT),
                check.text(field + ".externalIdentifierType", d.externalIdentifierType(), InputCheck.SHORT_TEXT),
                check.text(field + ".postalStreetAddress", d.postalStreetAddress(), InputCheck.SHORT_TEXT),
                postalCode(check, field + ".postalPostalCode", d.postalPostalCode(), storedPostalCodes),
                check.text(field + ".postalCity", d.postalCity(), InputCheck.SHORT_TEXT),
                check.text(field + ".accessibilityDetails", d.accessibilityDetails(), SHORT_RICH_TEXT_LENGTH),
                check.url(field + ".accessibilityUrl", d.accessibilityUrl()));
    }

    /** A Finnish postal code: five digits; or one the service has already, as it is. */
    private static String postalCode(InputCheck check, String field, String value, Set<String> stored) {
        String postalCode = check.text(field, value, InputCheck.SHORT_TEXT);
        if (postalCode != null && stored.contains(postalCode)) {
            return postalCode;
        }
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            return check.reject(field, "editing.error.postal-code");
        }
        return postalCode;
    }

    /**
     * A weekly row needs days, an opening and a closing time; an exception date needs no days and
     * either both times or none (closed all day). Closing comes after opening, and a row's validity
     * period ends after it begins. A row whose schedule repeats otherwise than every week (an
     * import's, shown read-only) keeps its days and times as they came.
     */
    private static OfferingContent.Hours hours(InputCheck check, String field, OfferingContent.Hours h) {
        boolean editable = h.date() != null || h.rule().isPlainWeekly();
        String weekdays;
        if (h.date() != null) {
            weekdays = null;
        } else if (editable) {
            weekdays = check.requiredText(field + ".weekdays", h.weekdays(), InputCheck.SHORT_TEXT);
            if (weekdays != null && !WEEKDAYS.matcher(weekdays).matches()) {
                check.reject(field + ".weekdays", "editing.error.weekdays");
            }
        } else {
            weekdays = h.weekdays();
        }
        if (editable && h.opens() == null && (h.date() == null || h.closes() != null)) {
            check.reject(field + ".opens", InputCheck.REQUIRED);
        }
        if (editable && h.closes() == null && (h.date() == null || h.opens() != null)) {
            check.reject(field + ".closes", InputCheck.REQUIRED);
        } else if (h.opens() != null && h.closes() != null && !h.closes().isAfter(h.opens())) {
            check.reject(field + ".closes", "editing.error.closes-before-opens");
        }
        ScheduleRule rule = h.rule();
        if (rule.validFrom() != null && rule.validTo() != null && rule.validTo().isBefore(rule.validFrom())) {
            check.reject(field + ".validTo", "editing.error.hours-valid-to-before-from");
        }
        return new OfferingContent.Hours(weekdays, h.opens(), h.closes(), check.text(field + ".note", h.note(), InputCheck.SHORT_TEXT),
                h.date(), rule);
    }

    /** At most this many figures a service shows; one per unit. */
    static final int MAX_CAPACITIES = CapacityUnit.values().length;
    /** The largest number a capacity figure may hold (places, people or weeks). */
    static final int MAX_CAPACITY = 100_000;

    private static List<OfferingContent.Capacity> capacities(InputCheck check, List<OfferingContent.Capacity> edited) {
        List<OfferingContent.Capacity> valid = new ArrayList<>();
        Set<CapacityUnit> units = new HashSet<>();
        if (edited.size() > MAX_CAPACITIES) {
            check.reject("capacities", "editing.error.capacity-too-many");
        }
        for (int i = 0; i < edited.size(); i++) {
            OfferingContent.Capacity c = edited.get(i);
            String field = "capacities[" + i + "]";
            if (c.unit() == null) {
                check.reject(field + ".unit", "editing.error.capacity-unit");
            } else if (!units.add(c.unit())) {
                check.reject(field + ".unit", "editing.error.capacity-unit-twice");
            }
            Integer available = capacityNumber(check, field + ".available", c.available(), true);
            Integer maximum = capacityNumber(check, field + ".maximum", c.maximum(), false);
            if (available != null && maximum != null && maximum < available) {
                check.reject(field + ".maximum", "editing.error.capacity-maximum");
            }
            valid.add(new OfferingContent.Capacity(c.id(), c.unit(), available, maximum,
                    check.localized(field + ".description", c.description() == null ? new LocalizedText() : c.description(),
                            InputCheck.SHORT_TEXT, false, false), c.updated()));
        }
        return valid;
    }

    private static Integer capacityNumber(InputCheck check, String field, Integer number, boolean required) {
        if (number == null) {
            return required ? check.reject(field, "editing.error.capacity-available") : null;
        }
        if (number < 0 || number > MAX_CAPACITY) {
            return check.reject(field, "editing.error.capacity-number");
        }
        return number;
    }

    private static Integer age(InputCheck check, String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            return check.reject(field, "editing.error.age");
        }
        return age;
    }

    private static OfferingContent.Contact contact(InputCheck check, String field, OfferingContent.Contact c) {
        String name = check.text(field + ".name", c.name(), InputCheck.SHORT_TEXT);
        String title = check.text(field + ".title", c.title(), InputCheck.SHORT_TEXT);
        if (name == null && title == null) {
            check.reject(field + ".name", "editing.error.contact-name-or-title");
        }
        Integer extension = c.phoneExtension();
        if (extension != null && extension < 1) {
            extension = check.reject(field + ".phoneExtension", "editing.error.phone-extension");
        } else if (extension != null && (c.phone() == null || c.phone().isBlank())) {
            // As on a channel: an extension alone cannot be dialled, and the card shows it only after a number.
            extension = check.reject(field + ".phoneExtension", "editing.error.extension-without-phone");
        }
        return new OfferingContent.Contact(c.id(), name, title, check.text(field + ".department", c.department(), InputCheck.SHORT_TEXT),
                check.email(field + ".email", c.email()), check.phone(field + ".phone", c.phone()), extension,
                c.visibility() == null ? Visibility.PUBLIC : c.visibility());
    }
}
