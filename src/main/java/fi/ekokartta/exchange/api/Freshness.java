package fi.ekokartta.exchange.api;

import fi.ekokartta.base.domain.ContentChanges;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The validators of every API answer: the ETag names this run of the application, the directory's
 * content generation ({@link ContentChanges}) and the language; Last-Modified is when this run
 * first saw that generation. Any change to the content so changes both, and nothing else does, so
 * a client's conditional GET can be answered with 304 before anything is read.
 */
@Component
class Freshness {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long generation = -1;
    private Instant since = Instant.now();

    record Validators(String etag, Instant lastModified) {
    }

    synchronized Validators current(ApiLanguage language) {
        long now = ContentChanges.generation();
        if (now != generation) {
            generation = now;
            since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        return new Validators("W/\"%s-%d-%s\"".formatted(run, generation, language.code()), since);
    }
}
