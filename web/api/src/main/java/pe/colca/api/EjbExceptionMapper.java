package pe.colca.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A system exception out of an EJB, including {@code EJBTransactionRolledbackException}: answered by
 * what caused it (a validation, an optimistic lock, a unique key...); 500 only if nothing explains it.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(EJBException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
