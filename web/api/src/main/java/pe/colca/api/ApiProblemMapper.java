package pe.colca.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals decided by the HTTP layer (missing or malformed If-Match). */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(ApiProblem exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
