package fi.ekokartta.stewardship;

import fi.ekokartta.base.i18n.FinnishDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The entries the signed-in keeper should review now, for the management front page: her
 * services and actors (a maintainer's organizations and the units under them, a coordinator's the
 * whole map) that are overdue or due within 30 days, the most overdue first. Read through the two
 * management lists, so the scope, the intervals and the due dates are theirs.
 */
@Service
@Transactional(readOnly = true)
public class DueReviewService {

    private final ManagedServiceListService services;
    private final ManagedActorListService actors;

    DueReviewService(ManagedServiceListService services, ManagedActorListService actors) {
        this.services = services;
        this.actors = actors;
    }

    public List<DueReview> due(Locale locale) {
        LocalDate today = FinnishDates.today();
        List<DueReview> due = new ArrayList<>();
        services.all(new ManagedServiceFilter(null, false, null, null, null, null, true, false, true),
                ManagedServiceSort.NEXT_REVIEW_DUE, false, locale).forEach(row -> due.add(
                new DueReview(row.id(), EntryKind.SERVICE, row.name(), row.nextReviewDue(), row.reviewState(today))));
        actors.all(new ManagedActorFilter(null, false, null, null, null, null, true, false, true),
                ManagedActorSort.NEXT_REVIEW_DUE, false, locale).forEach(row -> due.add(
                new DueReview(row.id(), EntryKind.ACTOR, row.name(), row.nextReviewDue(), row.reviewState(today))));
        due.sort(Comparator.comparing(DueReview::due));
        return due;
    }
}
