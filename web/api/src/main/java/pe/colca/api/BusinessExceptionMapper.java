package pe.colca.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pe.colca.common.BusinessException;

/**
 * A refusal of a service: {@code Kind} INVALID 400 (with field errors), NOT_FOUND 404, CONFLICT 409,
 * RULE 422; invalid credentials 401.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(BusinessException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
