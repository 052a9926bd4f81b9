package pe.colca.api.security;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import pe.colca.api.ProblemDetail;
import pe.colca.api.Problems;
import pe.colca.security.LoginThrottled;

/** 429 {@code login-throttled} with {@code Retry-After} (seconds): too many failed token requests. */
@Provider
public class LoginThrottledMapper implements ExceptionMapper<LoginThrottled> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(LoginThrottled exception) {
        Problems problems = Problems.of(headers, uri, request);
        ProblemDetail problem = problems.problem(429, exception.type(), exception.localizedMessage(problems.locale()),
                Map.of());
        return Response.fromResponse(Problems.respond(problem))
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds()))
                .build();
    }
}
