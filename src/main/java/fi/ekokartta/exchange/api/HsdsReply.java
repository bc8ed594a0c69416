package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.PageDocument;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one request is answered: in its language, with the validators of {@link Freshness} (a
 * conditional GET that matches gets 304 before anything is read), and a list as one page of JSON
 * or, with {@code format=ndjson}, as every item, one JSON document a line, written as it is read.
 * A {@code null} return tells Spring that the answer has been written.
 */
final class HsdsReply {

    static final String NDJSON = "application/x-ndjson";

    private final ApiLanguage language;
    private final ServletWebRequest request;
    private final boolean ndjson;
    private final Freshness freshness;
    private final JsonMapper json;

    HsdsReply(ApiLanguage language, ServletWebRequest request, boolean ndjson, Freshness freshness, JsonMapper json) {
        this.language = language;
        this.request = request;
        this.ndjson = ndjson;
        this.freshness = freshness;
        this.json = json;
    }

    ApiLanguage language() {
        return language;
    }

    <T> ResponseEntity<T> item(Supplier<T> body) {
        if (notModified()) {
            return null;
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.code()).body(body.get());
    }

    /** @param pages reads one page of the list */
    ResponseEntity<PageDocument<?>> list(PageParameters paging, Function<PageParameters, PageDocument<?>> pages) {
        if (ndjson && paging.requested()) {
            throw new BadParameterException("page and per_page do not apply to format=ndjson, which streams every item");
        }
        if (notModified()) {
            return null;
        }
        if (!ndjson) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.code()).body(pages.apply(paging));
        }
        stream(pages);
        return null;
    }

    private void stream(Function<PageParameters, PageDocument<?>> pages) {
        HttpServletResponse response = request.getResponse();
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
        try {
            OutputStream out = response.getOutputStream();
            PageDocument<?> page;
            int number = 0;
            do {
                page = pages.apply(PageParameters.of(++number, PageParameters.MAX_PER_PAGE));
                for (Object item : page.contents()) {
                    out.write(json.writeValueAsBytes(item));
                    out.write('\n');
                }
                out.flush();
            } while (!page.lastPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Conditional requests are answered for GET; POST, a query by another name, always gets the answer. */
    private boolean notModified() {
        request.getResponse().addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!HttpMethod.GET.matches(request.getRequest().getMethod())) {
            return false;
        }
        Freshness.Validators validators = freshness.current(language);
        return request.checkNotModified(validators.etag(), validators.lastModified().toEpochMilli());
    }
}
