package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.ReminderLinkCheck.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The page behind a reminder's "Tiedot ovat ajan tasalla" link. Opening it ({@link #check}) only
 * reads: mail scanners follow links, so the re-assurance waits for the click on the page
 * ({@link #confirm}). The signed token itself authorizes that one step, without signing in: it
 * names one entry and one action (re-assure, never edit), it expires, and it is checked anew at
 * the click — the user must still be active and still keep the entry, since the step runs through
 * {@link Reassurance} with her rights and is recorded under her name. A tired maintainer answers
 * her weekly mail in one click instead of a sign-in per entry; the worst a leaked link does before
 * it expires is mark that one entry as still correct, in her name. Someone else signed in in the
 * same browser is refused, so the record never names a different person than the one who clicked.
 * Not transactional itself: each step is {@link Reassurance}'s transaction.
 */
@Service
public class ReminderConfirmation {

    /** The page's address, followed by the token. */
    public static final String ROUTE = "muistutus";

    private static final Logger log = LoggerFactory.getLogger(ReminderConfirmation.class);

    private final ReminderLinks links;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final ReminderEntries entries;
    private final Reassurance reassurance;

    ReminderConfirmation(ReminderLinks links, AppUserRepository users, CurrentUser currentUser, ReminderEntries entries,
                         Reassurance reassurance) {
        this.links = links;
        this.users = users;
        this.currentUser = currentUser;
        this.entries = entries;
        this.reassurance = reassurance;
    }

    /** Whether the link may be used, and for which entry; changes nothing. */
    public ReminderLinkCheck check(String token) {
        return usable(token, (user, valid) -> valid);
    }

    /** Re-assures the link's entry as the user it was sent to, if the link may still be used. */
    public ReminderLinkCheck confirm(String token) {
        return usable(token, (user, valid) -> {
            Reassurance.Reassured reassured = as(user, () -> valid.kind() == EntryKind.SERVICE
                    ? reassurance.reassureService(valid.entryId()) : reassurance.reassureActor(valid.entryId()));
            return reassured == null ? ReminderLinkCheck.refused(Status.REFUSED) : new ReminderLinkCheck(Status.DONE,
                    valid.kind(), valid.entryId(), valid.entryName(), valid.username(), reassured.assuredDate());
        });
    }

    private ReminderLinkCheck usable(String token, BiFunction<AppUser, ReminderLinkCheck, ReminderLinkCheck> then) {
        ReminderLinks.Claim claim = links.verify(token).orElse(null);
        if (claim == null) {
            log.warn("Refused: a reminder link that is not valid");
            return ReminderLinkCheck.refused(Status.INVALID);
        }
        if (claim.lastDay().isBefore(FinnishDates.today())) {
            return ReminderLinkCheck.refused(Status.EXPIRED);
        }
        AppUser user = users.findById(claim.userId()).filter(AppUser::isEnabled)
                .filter(found -> found.getRole() == UserRole.MAINTAINER || found.getRole() == UserRole.COORDINATOR).orElse(null);
        if (user == null) {
            log.warn("Refused: a reminder link of a user who is no longer active, entry {}", claim.entryId());
            return ReminderLinkCheck.refused(Status.REFUSED);
        }
        if (currentUser.username().filter(signedIn -> !signedIn.equals(user.getUsername())).isPresent()) {
            return ReminderLinkCheck.refused(Status.OTHER_USER);
        }
        LocalizedText name = entries.name(claim.kind(), claim.entryId()).orElse(null);
        if (name == null || as(user, () -> reassurance.last(claim.kind(), claim.entryId())) == null) {
            return ReminderLinkCheck.refused(Status.REFUSED);
        }
        return then.apply(user, new ReminderLinkCheck(Status.VALID, claim.kind(), claim.entryId(), name, user.getUsername(), null));
    }

    /** The step's result as the user, or null when she may not (any more) or the entry is gone. */
    private static <T> T as(AppUser user, Supplier<T> step) {
        try {
            return RunAs.user(user, step);
        } catch (AccessDeniedException | RejectedInputException refused) {
            return null;
        }
    }
}
