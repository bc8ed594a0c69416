package fi.ekokartta.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of events in the annual cooperation calendar. */
public enum EventCategory {
    ECOSYSTEM_FORUM("ekosysteemifoorumi"),
    FORESIGHT_FORUM("ennakointifoorumi"),
    STEERING_GROUP("ohjausryhma"),
    NETWORK_MEETING("verkostotapaaminen"),
    TRAINING("koulutus"),
    RECRUITMENT_EVENT("rekrytointitapahtuma"),
    DEADLINE("maaraaika");

    private final String slug;

    EventCategory(String slug) {
        this.slug = slug;
    }

    /** The Finnish name in addresses: {@code ?luokka=koulutus}. */
    public String slug() {
        return slug;
    }

    /** A category by its Finnish slug or its name (TRAINING, training), or nothing for anything else. */
    public static Optional<EventCategory> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim();
        return Arrays.stream(values()).filter(category -> category.slug.equalsIgnoreCase(wanted)
                || category.name().equals(wanted.toUpperCase(Locale.ROOT).replace('-', '_'))).findFirst();
    }
}
