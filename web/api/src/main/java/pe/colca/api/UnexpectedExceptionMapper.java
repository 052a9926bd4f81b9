package pe.colca.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: whatever no other mapper took. Still looks through the causes (so nothing a client
 * sent becomes a 500); otherwise 500 with a correlation id in the body and the stack trace in the log
 * only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
