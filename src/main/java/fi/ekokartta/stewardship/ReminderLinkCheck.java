package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a reminder's link stands for, for its page: whether it may be used, and for which entry.
 * The entry is known (and named) only when the link is {@link Status#VALID} or {@link Status#DONE}.
 *
 * @param assuredOn the day recorded, when done
 */
public record ReminderLinkCheck(Status status, EntryKind kind, UUID entryId, LocalizedText entryName, String username,
                                LocalDate assuredOn) {

    public enum Status {
        /** The link may be used: it asks for the confirmation. */
        VALID,
        /** The entry was re-assured now. */
        DONE,
        /** Not a link of ours, or changed. */
        INVALID,
        /** Its last day has passed. */
        EXPIRED,
        /** The user is no longer active or no longer keeps the entry, or the entry is gone. */
        REFUSED,
        /** Someone else is signed in in this browser. */
        OTHER_USER
    }

    static ReminderLinkCheck refused(Status status) {
        return new ReminderLinkCheck(status, null, null, null, null, null);
    }
}
