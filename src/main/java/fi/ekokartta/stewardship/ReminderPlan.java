package fi.ekokartta.stewardship;

import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.ReminderEntries.Entry;
import fi.ekokartta.stewardship.ReminderEntries.Keeper;
import fi.ekokartta.stewardship.ReminderEntries.OpenReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is reminded of what this week. An entry goes to its responsible user when she may still
 * re-assure it (an active coordinator, or a maintainer of its responsible organization or one
 * above it), otherwise to every maintainer who may; so the links in a digest work for the one who
 * gets it. A maintainer's open reports are those of her organizations and the units under them.
 * An entry is escalated to the coordinators when its review is overdue by more than the days given.
 */
final class ReminderPlan {

    /** One user's weekly e-mail: her overdue and soon-due entries (most overdue first) and open reports. */
    record Digest(Keeper keeper, List<Entry> overdue, List<Entry> dueSoon, List<OpenReport> reports) {

        boolean isEmpty() {
            return overdue.isEmpty() && dueSoon.isEmpty() && reports.isEmpty();
        }
    }

    private final List<Keeper> keepers;
    private final Map<UUID, UUID> parents;

    ReminderPlan(List<Keeper> keepers, Map<UUID, UUID> parents) {
        this.keepers = keepers;
        this.parents = parents;
    }

    /** The digests with something in them, given the entries due within {@link ReviewState#SOON_DAYS} days. */
    List<Digest> digests(List<Entry> entries, List<OpenReport> reports, LocalDate today) {
        Map<UUID, Digest> digests = new LinkedHashMap<>();
        keepers.forEach(keeper -> digests.put(keeper.id(), new Digest(keeper, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>())));
        entries.stream().sorted(Comparator.comparing(Entry::due)).forEach(entry -> {
            ReviewState state = ReviewState.of(entry.due(), today);
            for (Keeper keeper : recipients(entry)) {
                Digest digest = digests.get(keeper.id());
                if (state == ReviewState.OVERDUE) {
                    digest.overdue().add(entry);
                } else if (state == ReviewState.DUE_SOON) {
                    digest.dueSoon().add(entry);
                }
            }
        });
        for (OpenReport report : reports) {
            keepers.stream().filter(keeper -> keeper.role() == UserRole.MAINTAINER && keeps(keeper, report.responsibleActor()))
                    .forEach(keeper -> digests.get(keeper.id()).reports().add(report));
        }
        return digests.values().stream().filter(digest -> !digest.isEmpty()).toList();
    }

    /** The entries overdue by more than the days. */
    static List<Entry> escalated(List<Entry> entries, LocalDate today, int days) {
        return entries.stream().filter(entry -> entry.due().plusDays(days).isBefore(today))
                .sorted(Comparator.comparing(Entry::due)).toList();
    }

    List<Keeper> coordinators() {
        return keepers.stream().filter(keeper -> keeper.role() == UserRole.COORDINATOR).toList();
    }

    /** Whom the entry is reminded to. */
    List<Keeper> recipients(Entry entry) {
        return recipients(entry.responsibleUser(), entry.keeper());
    }

    /** Whom an entry kept by the user and the responsible actor is reminded to. */
    List<Keeper> recipients(UUID responsibleUser, UUID responsibleActor) {
        for (Keeper keeper : keepers) {
            if (keeper.id().equals(responsibleUser) && keeps(keeper, responsibleActor)) {
                return List.of(keeper);
            }
        }
        return keepers.stream().filter(keeper -> keeper.role() == UserRole.MAINTAINER && keeps(keeper, responsibleActor)).toList();
    }

    /** The rule of {@link EditingRights#keepsCurrent}, for a user who is not the one signed in. */
    private boolean keeps(Keeper keeper, UUID responsible) {
        if (keeper.role() == UserRole.COORDINATOR) {
            return true;
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID actor = responsible; actor != null && seen.add(actor); actor = parents.get(actor)) {
            if (keeper.organizations().contains(actor)) {
                return true;
            }
        }
        return false;
    }
}
