package pe.colca.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation: constraint violations are 400 with field errors; a broken constraint definition is
 * a 500.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(ValidationException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
