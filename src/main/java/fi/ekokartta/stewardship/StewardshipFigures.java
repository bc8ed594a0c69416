package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The stewardship dashboard's figures (Hallinta): for a maintainer only the entries of her
 * organizations and their units ({@code ownOrganizationsOnly}), for coordinators and
 * administrators the whole map. Each list is one chart and its table.
 *
 * @param byOrganization        services by status and actors, per organization, most entries first
 * @param byClass               services by status per top-level class, in class order
 * @param assured               services and actors (archived left out) assured within their interval
 * @param assuredByOrganization the same per organization, the lowest share first
 * @param overdueByOrganization overdue entries per organization, most first
 * @param overdueByPerson       overdue entries per responsible person (key empty: none named), most first
 * @param overdueByMunicipality overdue entries per municipality served, most first
 * @param reportAges            open reports and unanswered accessibility feedback by age
 * @param awaitingApproval      services submitted for approval per organization, the longest waiting first
 * @param trend                 the share assured at the last eleven month ends and today
 */
public record StewardshipFigures(boolean ownOrganizationsOnly, List<EntriesByStatus> byOrganization,
                                 List<EntriesByStatus> byClass, Share assured, List<Share> assuredByOrganization,
                                 List<Tally> overdueByOrganization, List<Tally> overdueByPerson,
                                 List<Tally> overdueByMunicipality, List<ReportAge> reportAges,
                                 List<AwaitingApproval> awaitingApproval, List<TrendPoint> trend) {

    /** Entries of one organization or class; {@code key} is the organization's id or the class code. */
    public record EntriesByStatus(String key, LocalizedText name, long draft, long inReview, long published, long archived,
                                  long actors) {
        public long total() {
            return draft + inReview + published + archived + actors;
        }
    }

    /** How many of the entries counted are assured within their interval; {@code key} null for the whole. */
    public record Share(String key, LocalizedText name, long assured, long total) {
        /** Whole per cent, rounded down so that 99.6 % never shows as all done; 0 of nothing. */
        public int percent() {
            return total == 0 ? 0 : (int) (assured * 100 / total);
        }
    }

    /** Overdue services and actors of one organization, person or municipality (by code). */
    public record Tally(String key, LocalizedText name, long services, long actors) {
        public long total() {
            return services + actors;
        }
    }

    /** Open reports of outdated information and unanswered accessibility feedback of one age. */
    public record ReportAge(AgeBucket age, long outdatedReports, long accessibilityFeedback) {
    }

    /** Services in review of one organization and since when the oldest has waited (its last change). */
    public record AwaitingApproval(UUID organization, LocalizedText name, long services, LocalDate oldest) {
    }

    /** The share assured at the end of a month (today for the current month). */
    public record TrendPoint(LocalDate day, long assured, long total) {
        public int percent() {
            return new Share(null, null, assured, total).percent();
        }
    }

    /** How long a report has waited in whole days: under 7, 7–13, 14–29, 30 or more. */
    public enum AgeBucket {
        UNDER_7(0), FROM_7_TO_14(7), FROM_14_TO_30(14), OVER_30(30);

        private final int fromDays;

        AgeBucket(int fromDays) {
            this.fromDays = fromDays;
        }

        public static AgeBucket of(long days) {
            AgeBucket bucket = UNDER_7;
            for (AgeBucket candidate : values()) {
                if (days >= candidate.fromDays) {
                    bucket = candidate;
                }
            }
            return bucket;
        }
    }
}
