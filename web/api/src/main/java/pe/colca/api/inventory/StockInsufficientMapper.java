package pe.colca.api.inventory;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pe.colca.api.Problems;
import pe.colca.inventory.StockInsufficient;

/**
 * 409 {@code insufficient-stock} as every other business refusal, plus the extension members
 * {@code available} and {@code requested} (RFC 9457 §3.2), so a storefront can offer what is left.
 * More specific than the common {@code BusinessExceptionMapper}, so JAX-RS picks it.
 */
@Provider
public class StockInsufficientMapper implements ExceptionMapper<StockInsufficient> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(StockInsufficient exception) {
        return ProblemMembers.extend(Problems.of(headers, uri, request).toResponse(exception), body -> body
                .add("available", exception.available())
                .add("requested", exception.requested())
                .add("variantId", exception.variantId())
                .add("locationId", exception.locationId()));
    }
}
