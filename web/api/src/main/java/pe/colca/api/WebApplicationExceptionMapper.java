package pe.colca.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (NotFound 404, NotAllowed 405 with Allow, NotAcceptable 406, NotSupported 415,
 * NotAuthorized 401, BadRequest 400) as problem+json instead of RESTEasy's text/html.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
