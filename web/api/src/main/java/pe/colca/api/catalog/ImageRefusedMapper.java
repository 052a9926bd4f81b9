package pe.colca.api.catalog;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import pe.colca.api.Problems;
import pe.colca.catalog.media.ImageRefused;

/**
 * A refused upload as problem+json with the status HTTP has for it: 413 {@code image-too-large},
 * 415 {@code unsupported-image-type}, 400 {@code image-empty}. More specific than the common
 * business-exception mapper (which would answer 400), so JAX-RS picks it.
 */
@Provider
public class ImageRefusedMapper implements ExceptionMapper<ImageRefused> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(ImageRefused e) {
        Problems problems = Problems.of(headers, uri, request);
        return Problems.respond(problems.problem(e.httpStatus(), e.type(), e.localizedMessage(problems.locale()),
                Map.of()));
    }
}
