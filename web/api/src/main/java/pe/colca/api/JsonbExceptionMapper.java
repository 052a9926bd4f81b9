package pe.colca.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B could not bind the body (wrong type of a property, malformed JSON): 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
