package pe.colca.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.security.AuditTrail;

/**
 * The caller lacks the permission a service's {@code @RolesAllowed} asks for: 403, and an
 * {@code ACCESS_DENIED} audit row in a transaction of its own (it survives the refused call's rollback).
 */
@Provider
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

    private static final Logger LOG = Logger.getLogger(EjbAccessExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @EJB
    private AuditTrail audit;

    @Override
    public Response toResponse(EJBAccessException exception) {
        try {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("channel", "api");
            details.put("refusal", exception.getMessage());
            audit.recordDenied(request.getMethod() + " " + uri.getRequestUri().getRawPath(), details);
        } catch (RuntimeException e) {
            // the 403 matters more than its audit row: never turn it into a 500
            LOG.log(Level.WARNING, "the audit row of a refused call was not written", e);
        }
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
