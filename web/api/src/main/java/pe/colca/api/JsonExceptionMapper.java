package pe.colca.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-P could not parse the body: 400 naming line and column. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(JsonException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
