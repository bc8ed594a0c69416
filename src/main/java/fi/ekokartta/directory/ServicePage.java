package fi.ekokartta.directory;

import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.OfferingStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
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
                          List<ContactDetails> contacts, LocalDate assuredDate, StaffContent staff) {

    public record ActorLink(UUID id, LocalizedText name) {
    }

    public record Channel(ChannelType type, LocalizedText name, String streetAddress, String postalCode, String city,
                          String url, String phone, String email, String transportation, String accessibility,
                          List<Hours> hours) {

        /** The address on one line, "Torikatu 3, 84100 Ylivieska", or null when there is none. */
        public String address() {
            String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
            String address = String.join(", ", Stream.of(streetAddress, place)
                    .filter(part -> part != null && !part.isBlank()).toList());
            return address.isEmpty() ? null : address;
        }
    }

    /** Opening hours on weekdays given as RFC 5545 day codes ("MO,TU"). */
    public record Hours(String weekdays, LocalTime opens, LocalTime closes, String note) {

        private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
                "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
                "SU", DayOfWeek.SUNDAY);

        /** For example "ma, ti, ke 09:00–15:00 (Avoinna ma–to)", the days named in the reader's language. */
        public String text(Locale locale) {
            return days(locale) + " " + (opens == null ? "" : opens) + (closes == null ? "" : "–" + closes)
                    + (note == null || note.isBlank() ? "" : " (" + note + ")");
        }

        private String days(Locale locale) {
            if (weekdays == null || weekdays.isBlank()) {
                return "";
            }
            return Arrays.stream(weekdays.split(",")).map(String::strip).map(DAYS::get).filter(Objects::nonNull)
                    .map(day -> day.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining(", "));
        }
    }

    /** For professionals only: how to refer a client, internal notes and contacts, who keeps the entry current. */
    public record StaffContent(LocalizedText referralInstructions, LocalizedText internalNote,
                               List<ContactDetails> contacts, LocalizedText responsibleActor, String responsiblePerson,
                               String responsibleEmail) {
    }
}
