package pe.colca.api.security;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import pe.colca.api.Problems;
import pe.colca.security.ApiAccessDenied;

/** 403 {@code api-access-denied}: right credentials, but the user's roles do not grant {@code api.access}. */
@Provider
public class ApiAccessDeniedMapper implements ExceptionMapper<ApiAccessDenied> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(ApiAccessDenied exception) {
        Problems problems = Problems.of(headers, uri, request);
        return Problems.respond(problems.problem(403, exception.type(),
                exception.localizedMessage(problems.locale()), Map.of()));
    }
}
