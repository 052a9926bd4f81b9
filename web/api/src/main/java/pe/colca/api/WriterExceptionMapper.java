package pe.colca.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.spi.WriterException;

/** A response RESTEasy could not write: a server fault (500 with a correlation id). */
@Provider
public class WriterExceptionMapper implements ExceptionMapper<WriterException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(WriterException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
