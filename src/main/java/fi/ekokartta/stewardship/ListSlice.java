package fi.ekokartta.stewardship;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import java.util.List;

/** A page of a management list already filtered and sorted in memory. */
final class ListSlice {

    private ListSlice() {
    }

    static <T> Page<T> page(List<T> rows, int page, int size) {
        int from = Math.min(page * size, rows.size());
        return new PageImpl<>(rows.subList(from, Math.min(from + size, rows.size())), PageRequest.of(page, size), rows.size());
    }

    /** Words typed into a list's search field as a LIKE pattern, without the user's own wildcards. */
    static String containing(String text) {
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
