package fi.ekokartta.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A search for services: the words typed, the facet filters (index field name to the values
 * chosen; several values of one facet mean any of them) and the page. Only published services are
 * ever searched.
 *
 * @param language the reader's language (fi, sv, en): snippets and ordering of texts
 */
public record ServiceQuery(String text, Map<String, Set<String>> filters, int page, int pageSize, String language) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public ServiceQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.max(page, 0);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize;
        language = language == null ? "fi" : language;
    }

    public static ServiceQuery of(String text) {
        return new ServiceQuery(text, Map.of(), 0, DEFAULT_PAGE_SIZE, "fi");
    }

    public ServiceQuery withFilter(String field, Set<String> values) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(filters);
        if (values == null || values.isEmpty()) {
            copy.remove(field);
        } else {
            copy.put(field, Set.copyOf(values));
        }
        return new ServiceQuery(text, copy, page, pageSize, language);
    }

    public ServiceQuery withText(String newText) {
        return new ServiceQuery(newText, filters, page, pageSize, language);
    }

    public ServiceQuery withPage(int newPage, int newPageSize) {
        return new ServiceQuery(text, filters, newPage, newPageSize, language);
    }
}
