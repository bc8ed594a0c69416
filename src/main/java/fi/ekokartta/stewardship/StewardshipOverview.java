package fi.ekokartta.stewardship;

import java.util.List;

/**
 * The management dashboard's figures. For a maintainer they cover only the entries her
 * organizations and the units under them are responsible for ({@code ownOrganizationsOnly}), as
 * the charts do; for coordinators and
 * administrators the whole map.
 *
 * @param overdueReviews most overdue first
 */
public record StewardshipOverview(long draftServices, long publishedServices, long archivedServices, long actors,
                                  List<OverdueReview> overdueReviews, boolean ownOrganizationsOnly) {
}
