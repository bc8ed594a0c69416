package fi.ekokartta.directory;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ScheduleRule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything the service card shows, read in one transaction. Texts stay in all languages (the
 * view picks the reader's and notes a Finnish fallback). {@code staff} is null unless the reader
 * is signed in: staff-only content never leaves the application service for the public.
 */
public record ServicePage(UUID id, OfferingStatus status, LocalizedText name, LocalizedText summary,
                          LocalizedText description, List<LocalizedText> classes, List<LocalizedText> targetGroups,
                          List<LocalizedText> municipalities, List<String> languages, AccessMode access,
                          LocalizedText howToGetThere, ChargeType charge, LocalizedText costDescription,
                          LocalizedText eligibility, Integer minimumAge, Integer maximumAge, LocalDate validFrom,
                          LocalDate validTo, ActorLink provider, List<ActorLink> coProducers, List<Channel> channels,
                          List<ContactDetails> contacts, LocalDate assuredDate, StaffContent staff,
                          List<OfferingContent.Capacity> capacities, LocalizedText alternateName, LocalizedText alert,
                          List<OfferingContent.CostOption> costOptions, List<OfferingContent.Document> requiredDocuments,
                          OfferingContent.MoreTerms moreTerms, LocalizedText programName) {

    public ServicePage {
        moreTerms = moreTerms == null ? OfferingContent.MoreTerms.NONE : moreTerms;
    }

    public record ActorLink(UUID id, LocalizedText name) {
    }

    public record Channel(ChannelType type, LocalizedText name, String streetAddress, String postalCode, String city,
                          String url, String phone, String email, String transportation, String accessibility,
                          List<Hours> hours, List<DateHours> exceptions, boolean byAppointment,
                          OfferingContent.Details details) {

        /** Longer names read as text under the heading ("Puhelin"), not as a heading of their own. */
        public static final int HEADING_NAME_LENGTH = 80;

        /**
         * Whether a name of the channel is short enough for its heading ("Puhelin: Neuvonta"); a
         * long one is an imported description (an HSDS phone's), shown as text under the heading.
         */
        public static boolean fitsHeading(String name) {
            return name != null && name.length() <= HEADING_NAME_LENGTH;
        }

        /** The address on one line, "Torikatu 3, 84100 Ylivieska", or null when there is none. */
        public String address() {
            return oneLine(streetAddress, postalCode, city);
        }

        /** The postal address on one line, "PL 12, 85101 Kalajoki", or null when letters go to the visiting address. */
        public String postalAddress() {
            return oneLine(details.postalStreetAddress(), details.postalPostalCode(), details.postalCity());
        }

        private static String oneLine(String street, String postalCode, String city) {
            String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
            String address = String.join(", ", Stream.of(street, place)
                    .filter(part -> part != null && !part.isBlank()).toList());
            return address.isEmpty() ? null : address;
        }
    }

    /**
     * Opening hours on weekdays given as RFC 5545 day codes ("MO,TU"), with a note in Finnish and
     * the rest of their schedule (a period, a recurrence beyond every week, notes, a link).
     */
    public record Hours(String weekdays, LocalTime opens, LocalTime closes, String note, ScheduleRule rule) {

        public Hours {
            rule = rule == null ? ScheduleRule.WEEKLY : rule;
        }

        public Hours(String weekdays, LocalTime opens, LocalTime closes, String note) {
            this(weekdays, opens, closes, note, null);
        }

        /**
         * The days and times in the reader's language, for example "ma–to 9.00–15.00" or "mån–tors
         * 09:00–15:00", with how they repeat otherwise and the period they hold.
         */
        public String when(Locale locale, ScheduleText.Translations translations) {
            return ScheduleText.when(weekdays, opens, closes, rule, locale, translations);
        }

        /** Whether the note says more than the days and times ("Avoinna ma–to klo 09:00–15:00" only repeats them). */
        public boolean noteAddsToHours() {
            return OpeningHoursText.noteAddsToHours(note, opens);
        }

        /** The days and times, and the notes in parentheses when they say more. */
        public String text(Locale locale, ScheduleText.Translations translations) {
            List<String> notes = Stream.of(noteAddsToHours() ? note : null, rule.attendingType(), rule.notes())
                    .filter(text -> text != null && !text.isBlank()).toList();
            return when(locale, translations) + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        }
    }

    /** The hours of one coming date that differ from the weekly ones; closed all day when it has no times. */
    public record DateHours(LocalDate date, LocalTime opens, LocalTime closes, String note) {

        public boolean closed() {
            return opens == null && closes == null;
        }

        /** The times in the reader's format, "9.00–12.00"; empty when closed. */
        public String times(Locale locale) {
            return OpeningHoursText.times(opens, closes, locale);
        }

        /** "24.12.2026 suljettu" or "31.12.2026 9.00–12.00", without the note. */
        public String when(Locale locale, ScheduleText.Translations translations) {
            return FinnishDates.date(date) + " " + (closed() ? translations.get("service.channel.closed") : times(locale));
        }
    }

    /** For professionals only: how to refer a client, internal notes and contacts, who keeps the entry current. */
    public record StaffContent(LocalizedText referralInstructions, LocalizedText internalNote,
                               List<ContactDetails> contacts, LocalizedText responsibleActor, String responsiblePerson,
                               String responsibleEmail) {
    }
}
