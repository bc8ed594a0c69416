package fi.ekokartta.editing;

import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.OfferingContent;

import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed between two versions of a service, field by field, in the reader's language:
 * texts per language, added and removed keywords, classes, target groups, municipalities,
 * languages, co-producers and the program by name, channels and contacts added, removed or changed field by
 * field (matched by their ids, which a save keeps), opening hours added and removed, and the
 * single values (cost, ages, validity, status, responsibility).
 */
final class OfferingDiff {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final OfferingSnapshot before;
    private final OfferingSnapshot after;
    private final Locale locale;
    private final List<FieldChange> changes = new ArrayList<>();

    private OfferingDiff(OfferingSnapshot before, OfferingSnapshot after, Locale locale) {
        this.before = before;
        this.after = after;
        this.locale = locale;
    }

    static List<FieldChange> between(OfferingSnapshot before, OfferingSnapshot after, Locale locale) {
        OfferingDiff diff = new OfferingDiff(before, after, locale);
        diff.compare();
        return List.copyOf(diff.changes);
    }

    private void compare() {
        OfferingContent b = before.content();
        OfferingContent a = after.content();
        value("status", name(before.status()), name(after.status()));
        text("name", b.name(), a.name());
        text("alternateName", b.alternateName(), a.alternateName());
        text("alert", b.alert(), a.alert());
        text("summary", b.summary(), a.summary());
        text("description", b.description(), a.description());
        for (String language : List.of("fi", "sv", "en")) {
            items("keywords." + language, words(b, language), words(a, language));
        }
        references("classes", b.classIds(), a.classIds());
        references("targetGroups", b.targetGroupIds(), a.targetGroupIds());
        references("municipalities", b.municipalityCodes(), a.municipalityCodes());
        items("languages", languages(b.languages()), languages(a.languages()));
        channels(b.channels(), a.channels());
        contacts(b.contacts(), a.contacts());
        items("capacities", b.capacities().stream().map(this::summary).toList(), a.capacities().stream().map(this::summary).toList());
        value("access", name(b.access()), name(a.access()));
        text("howToGetThere", b.howToGetThere(), a.howToGetThere());
        text("referralInstructions", b.referralInstructions(), a.referralInstructions());
        text("internalNote", b.internalNote(), a.internalNote());
        value("chargeType", name(b.chargeType()), name(a.chargeType()));
        items("costOption", b.costOptions().stream().map(this::summary).toList(), a.costOptions().stream().map(this::summary).toList());
        text("costDescription", b.costDescription(), a.costDescription());
        items("requiredDocument", b.requiredDocuments().stream().map(this::summary).toList(),
                a.requiredDocuments().stream().map(this::summary).toList());
        moreTerms(b.moreTerms(), a.moreTerms());
        text("eligibility", b.eligibility(), a.eligibility());
        value("minimumAge", string(b.minimumAge()), string(a.minimumAge()));
        value("maximumAge", string(b.maximumAge()), string(a.maximumAge()));
        value("validFrom", date(b.validFrom()), date(a.validFrom()));
        value("validTo", date(b.validTo()), date(a.validTo()));
        value("funding", b.funding(), a.funding());
        references("coProducers", b.coProducerIds(), a.coProducerIds());
        if (!Objects.equals(before.responsibleActorId(), after.responsibleActorId())) {
            changes.add(FieldChange.changed("responsibleActor", before.name(before.responsibleActorId()),
                    after.name(after.responsibleActorId())));
        }
        value("responsiblePerson", b.responsiblePerson(), a.responsiblePerson());
        value("responsibleEmail", b.responsibleEmail(), a.responsibleEmail());
        value("reviewIntervalMonths", string(b.reviewIntervalMonths()), string(a.reviewIntervalMonths()));
        value("assuredDate", date(before.assuredDate()), date(after.assuredDate()));
        value("assurer", before.assurer(), after.assurer());
    }

    private void channels(List<OfferingContent.Channel> old, List<OfferingContent.Channel> now) {
        Map<UUID, OfferingContent.Channel> oldById = byId(old, OfferingContent.Channel::id);
        Set<UUID> kept = now.stream().map(OfferingContent.Channel::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < old.size(); i++) {
            if (!kept.contains(old.get(i).id())) {
                changes.add(FieldChange.removed("channels[" + i + "]", summary(old.get(i))));
            }
        }
        for (int i = 0; i < now.size(); i++) {
            OfferingContent.Channel c = now.get(i);
            OfferingContent.Channel o = oldById.get(c.id());
            String field = "channels[" + i + "]";
            if (o == null) {
                changes.add(FieldChange.added(field, summary(c)));
                continue;
            }
            value(field + ".type", name(o.type()), name(c.type()));
            text(field + ".name", o.name(), c.name());
            value(field + ".streetAddress", o.streetAddress(), c.streetAddress());
            value(field + ".postalCode", o.postalCode(), c.postalCode());
            value(field + ".city", o.city(), c.city());
            value(field + ".url", o.url(), c.url());
            value(field + ".phone", o.phone(), c.phone());
            value(field + ".email", o.email(), c.email());
            value(field + ".transportation", o.transportation(), c.transportation());
            value(field + ".accessibility", o.accessibility(), c.accessibility());
            value(field + ".byAppointment", String.valueOf(o.byAppointment()), String.valueOf(c.byAppointment()));
            details(field, o.details(), c.details());
            hours(field, o.openingHours(), c.openingHours());
        }
    }

    /** A channel's phone and place details, named as the channel's own fields. */
    private void details(String field, OfferingContent.Details o, OfferingContent.Details c) {
        value(field + ".phoneExtension", string(o.phoneExtension()), string(c.phoneExtension()));
        value(field + ".phoneType", name(o.phoneType()), name(c.phoneType()));
        value(field + ".alternateName", o.alternateName(), c.alternateName());
        text(field + ".description", o.description(), c.description());
        value(field + ".externalIdentifier", o.externalIdentifier(), c.externalIdentifier());
        value(field + ".externalIdentifierType", o.externalIdentifierType(), c.externalIdentifierType());
        value(field + ".postalStreetAddress", o.postalStreetAddress(), c.postalStreetAddress());
        value(field + ".postalPostalCode", o.postalPostalCode(), c.postalPostalCode());
        value(field + ".postalCity", o.postalCity(), c.postalCity());
        value(field + ".accessibilityDetails", o.accessibilityDetails(), c.accessibilityDetails());
        value(field + ".accessibilityUrl", o.accessibilityUrl(), c.accessibilityUrl());
    }

    /** Interpretation and accreditations per language, the program by name, the areas added and removed. */
    private void moreTerms(OfferingContent.MoreTerms old, OfferingContent.MoreTerms now) {
        text("interpretationServices", old.interpretationServices(), now.interpretationServices());
        text("accreditations", old.accreditations(), now.accreditations());
        if (!Objects.equals(old.programId(), now.programId())) {
            changes.add(FieldChange.changed("program", before.name(old.programId()), after.name(now.programId())));
        }
        items("area", old.areas().stream().map(this::summary).toList(), now.areas().stream().map(this::summary).toList());
    }

    /** Rows of hours are written anew on every save, so they are compared by what they say. */
    private void hours(String channel, List<OfferingContent.Hours> old, List<OfferingContent.Hours> now) {
        for (int i = 0; i < old.size(); i++) {
            if (!now.contains(old.get(i))) {
                changes.add(FieldChange.removed(channel + ".openingHours[" + i + "]", hours(old.get(i))));
            }
        }
        for (int i = 0; i < now.size(); i++) {
            if (!old.contains(now.get(i))) {
                changes.add(FieldChange.added(channel + ".openingHours[" + i + "]", hours(now.get(i))));
            }
        }
    }

    private void contacts(List<OfferingContent.Contact> old, List<OfferingContent.Contact> now) {
        Map<UUID, OfferingContent.Contact> oldById = byId(old, OfferingContent.Contact::id);
        Set<UUID> kept = now.stream().map(OfferingContent.Contact::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < old.size(); i++) {
            if (!kept.contains(old.get(i).id())) {
                changes.add(FieldChange.removed("contacts[" + i + "]", summary(old.get(i))));
            }
        }
        for (int i = 0; i < now.size(); i++) {
            OfferingContent.Contact c = now.get(i);
            OfferingContent.Contact o = oldById.get(c.id());
            String field = "contacts[" + i + "]";
            if (o == null) {
                changes.add(FieldChange.added(field, summary(c)));
                continue;
            }
            value(field + ".name", o.name(), c.name());
            value(field + ".title", o.title(), c.title());
            value(field + ".department", o.department(), c.department());
            value(field + ".email", o.email(), c.email());
            value(field + ".phone", o.phone(), c.phone());
            value(field + ".phoneExtension", string(o.phoneExtension()), string(c.phoneExtension()));
            value(field + ".visibility", name(o.visibility()), name(c.visibility()));
        }
    }

    private void text(String field, LocalizedText old, LocalizedText now) {
        for (String language : List.of("fi", "sv", "en")) {
            value(field + "." + language, old.in(language).orElse(null), now.in(language).orElse(null));
        }
    }

    private void value(String field, String old, String now) {
        String o = blankToNull(old);
        String n = blankToNull(now);
        if (!Objects.equals(o, n)) {
            changes.add(FieldChange.changed(field, o, n));
        }
    }

    private void items(String field, List<String> old, List<String> now) {
        old.stream().filter(item -> !now.contains(item)).forEach(item -> changes.add(FieldChange.removed(field, item)));
        now.stream().filter(item -> !old.contains(item)).forEach(item -> changes.add(FieldChange.added(field, item)));
    }

    private static List<String> words(OfferingContent c, String language) {
        return c.keywords().stream().filter(k -> k.getLanguage().equals(language)).map(Keyword::getWord).sorted().toList();
    }

    /**
     * Classes, target groups, municipalities and actors compared by id (a renamed one is not a
     * change of the service) and shown by name: a removed one as it was named before, an added one
     * as it is named after.
     */
    private void references(String field, Collection<?> old, Collection<?> now) {
        old.stream().filter(key -> !now.contains(key)).map(before::name).sorted()
                .forEach(name -> changes.add(FieldChange.removed(field, name)));
        now.stream().filter(key -> !old.contains(key)).map(after::name).sorted()
                .forEach(name -> changes.add(FieldChange.added(field, name)));
    }

    private List<String> languages(Set<String> codes) {
        return codes.stream().map(code -> Locale.of(code).getDisplayLanguage(locale)).sorted().toList();
    }

    private String summary(OfferingContent.Channel c) {
        String place = Stream.of(c.postalCode(), c.city()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String hours = c.openingHours().stream().map(this::hours).collect(Collectors.joining("; "));
        return join(c.name().get(locale), c.streetAddress(), place, c.phone(), c.email(), c.url(), hours);
    }

    /** "PLACES 4 / 12, text": the unit by its code, as status and access are shown. */
    private String summary(OfferingContent.Capacity c) {
        String figure = c.available() + (c.maximum() == null ? "" : " / " + c.maximum());
        return join(name(c.unit()), figure, c.description() == null ? null : c.description().get(locale));
    }

    /** "Opiskelijat, 12.50 EUR, kerta, 2026-01-01 – 2026-12-31". */
    private String summary(OfferingContent.CostOption c) {
        String period = c.validFrom() == null && c.validTo() == null ? null
                : Objects.toString(date(c.validFrom()), "") + " – " + Objects.toString(date(c.validTo()), "");
        return join(c.option() == null ? null : c.option().get(locale),
                c.amount() == null ? null : c.amount().toPlainString() + " " + Objects.toString(c.currency(), ""),
                c.amountDescription() == null ? null : c.amountDescription().get(locale), period);
    }

    private String summary(OfferingContent.Document d) {
        return join(d.document() == null ? null : d.document().get(locale), d.uri());
    }

    /** "Oulunkaari, the description, https://…": an imported extent is not shown, only kept. */
    private String summary(OfferingContent.Area area) {
        return join(area.name().get(locale), area.description().get(locale), area.uri());
    }

    private static String summary(OfferingContent.Contact c) {
        return join(c.name(), c.title(), c.department(), c.email(), c.phone());
    }

    /**
     * "ma, ti, ke 9.00–15.00 (note)", with its period "1.6.2027–31.8.2027" when it has one; an
     * exception date "24.12.2027 –" when closed all day.
     */
    private String hours(OfferingContent.Hours h) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String when = h.date() != null ? date(h.date()) : h.weekdays() == null ? "" : Arrays.stream(h.weekdays().split(","))
                .map(String::strip).map(DAYS::get).filter(Objects::nonNull)
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale).replace(".", "")).collect(Collectors.joining(", "));
        String times = h.opens() == null ? "–" : time.format(h.opens()) + (h.closes() == null ? "" : "–" + time.format(h.closes()));
        String note = h.note() == null || h.note().isBlank() ? "" : " (" + h.note().strip() + ")";
        LocalDate from = h.rule().validFrom();
        LocalDate to = h.rule().validTo();
        String period = from == null && to == null ? ""
                : " " + (from == null ? "" : date(from)) + "–" + (to == null ? "" : date(to));
        return (when + " " + times).strip() + period + note;
    }

    /** Dates the Finnish way in every language (5.3.2026), as elsewhere in the application. */
    private static String date(LocalDate date) {
        return date == null ? null : FinnishDates.date(date);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().filter(row -> id.apply(row) != null).collect(Collectors.toMap(id, Function.identity()));
    }
}
