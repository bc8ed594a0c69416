package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.data.domain.Page;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.function.Function;

/**
 * The HSDS page object of every list endpoint. {@code size} is the number of entities on this
 * page (not the requested page size), and {@code page_number} counts from 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PageDocument<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage,
                              boolean lastPage, boolean empty, List<T> contents) {

    public static <E, T> PageDocument<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        List<T> contents = page.getContent().stream().<T>map(mapper).toList();
        return new PageDocument<>(page.getTotalElements(), page.getTotalPages(), page.getNumber() + 1,
                contents.size(), page.isFirst(), !page.hasNext(), contents.isEmpty(), contents);
    }
}
