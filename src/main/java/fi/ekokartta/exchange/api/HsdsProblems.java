package fi.ekokartta.exchange.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.UUID;

/**
 * Errors of the HSDS API as RFC 9457 problem JSON with a message a client developer can act on.
 * Ordered first so that these answers win over the application-wide problem handler.
 */
@RestControllerAdvice(assignableTypes = HsdsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HsdsProblems {

    private static final Logger LOG = LoggerFactory.getLogger(HsdsProblems.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == UUID.class
                ? "a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2"
                : "of type " + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName());
        return problem(HttpStatus.BAD_REQUEST,
                "%s must be %s, not '%s'".formatted(e.getName(), expected, e.getValue()));
    }

    /**
     * A failure of ours: 500 in problem JSON, the cause only in our log. Without this the servlet
     * container's error page would answer, which a client program cannot read. Spring's own
     * errors (a missing parameter, an unsupported method) keep their status and detail.
     */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        if (e instanceof ErrorResponse answered) {
            return answered.getBody();
        }
        LOG.error("HSDS API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be answered because of an error in Ekokartta; it has been logged");
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
