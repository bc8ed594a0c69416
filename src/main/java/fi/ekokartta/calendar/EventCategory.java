package fi.ekokartta.calendar;

/** The kinds of events in the annual cooperation calendar. */
public enum EventCategory {
    ECOSYSTEM_FORUM, FORESIGHT_FORUM, STEERING_GROUP, NETWORK_MEETING, TRAINING, RECRUITMENT_EVENT, DEADLINE
}
