package pe.colca.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The error page of the API WAR ({@code web.xml} sends every container error here): what WildFly
 * answers by itself, before or outside JAX-RS, becomes problem+json too instead of Undertow's HTML:
 * the 401 of the bearer-token mechanism (its {@code WWW-Authenticate} challenge is kept), a 404 for
 * a path outside {@code /v1}, an exception that escaped everything (500 with a correlation id).
 */
@WebServlet(name = "problem", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/problem";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri != null ? uri.toString() : request.getRequestURI();
        Problems problems = new Problems(ApiTexts.locale(request.getHeader("Accept-Language")), instance,
                request.getMethod());

        ProblemDetail problem;
        int status = code instanceof Integer i ? i : 404; // called directly: there is nothing here
        if (error instanceof Throwable t) {
            var mapped = problems.toResponse(t);
            status = mapped.getStatus();
            String correlation = mapped.getHeaderString("X-Correlation-Id");
            if (correlation != null) {
                response.setHeader("X-Correlation-Id", correlation);
            }
            write(response, status, (byte[]) mapped.getEntity());
            return;
        }
        if (status == 401 && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"colca-api\"");
        }
        problem = status >= 500
                ? problems.problem(status, "internal-error", ApiTexts.text(problems.locale(), "detail.http",
                        String.valueOf(status)), Map.of())
                : problems.forStatus(status, null);
        write(response, status, problem.toBytes());
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
