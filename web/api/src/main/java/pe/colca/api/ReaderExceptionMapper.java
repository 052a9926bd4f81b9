package pe.colca.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.spi.ReaderException;

/**
 * A body RESTEasy could not read (malformed JSON, wrong types): 400. Without this mapper RESTEasy
 * would answer text/html, or the Throwable mapper would make it a 500.
 */
@Provider
public class ReaderExceptionMapper implements ExceptionMapper<ReaderException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(ReaderException exception) {
        return Problems.of(headers, uri, request).toResponse(exception);
    }
}
