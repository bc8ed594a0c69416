package fi.ekokartta.exchange.api;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.List;

/**
 * {@code page} (from 1) and {@code per_page} of a list request. A per_page above the maximum is
 * clamped rather than refused: harvesters that ask for "everything" still get consistent pages, and
 * total_pages tells them how many to fetch.
 */
record PageParameters(int page, int perPage, boolean requested) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    /** Every list is ordered by Finnish name, then id, so that pages neither overlap nor skip. */
    static final Sort BY_FINNISH_NAME = Sort.by(Sort.Order.asc("name.fi").ignoreCase(), Sort.Order.asc("id"));

    static PageParameters of(int page, int perPage) {
        return of(page, perPage, true);
    }

    /** @param requested whether the client named a page or page size (format=ndjson has no pages) */
    static PageParameters of(int page, int perPage, boolean requested) {
        if (page < 1) {
            throw new BadParameterException("page must be 1 or greater (pages are numbered from 1), not " + page);
        }
        if (perPage < 1) {
            throw new BadParameterException(
                    "per_page must be between 1 and %d, not %d".formatted(MAX_PER_PAGE, perPage));
        }
        int size = Math.min(perPage, MAX_PER_PAGE);
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw new BadParameterException("page %d is beyond any result".formatted(page));
        }
        return new PageParameters(page, size, requested);
    }

    Pageable pageable() {
        return PageRequest.of(page - 1, perPage, BY_FINNISH_NAME);
    }

    /** The requested page of a small list that is already in memory and in its final order. */
    <T> Page<T> slice(List<T> all) {
        Pageable pageable = PageRequest.of(page - 1, perPage);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + perPage, all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }
}
