package pe.colca.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller lacks the permission a service's {@code @RolesAllowed} asks for: 403. */
@Provider
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
