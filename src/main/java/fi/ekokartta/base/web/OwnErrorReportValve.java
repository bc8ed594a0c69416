package fi.ekokartta.base.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on an error nobody answered: requests it refuses before the application
 * (an address or headers over its size limit, a malformed request line) get the application's
 * own short page instead of Tomcat's report. Requests that reached the application have been
 * answered by its error handling already and are left alone.
 */
class OwnErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            ErrorAnswer.write(response, path(request), status, reason(status, throwable), detail(status, throwable));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException unparsed) {
            return null;
        }
    }

    private static ErrorAnswer.Reason reason(int status, Throwable throwable) {
        return tooLarge(throwable) ? ErrorAnswer.Reason.TOO_LONG : ErrorAnswer.Reason.of(status);
    }

    private static String detail(int status, Throwable throwable) {
        if (tooLarge(throwable)) {
            return "The address or the request's headers are longer than the server accepts";
        }
        return status < 500 ? "The server could not read the request" : "The request could not be answered";
    }

    private static boolean tooLarge(Throwable throwable) {
        return throwable != null && throwable.getMessage() != null && throwable.getMessage().contains("too large");
    }
}
