package pe.colca.api.inventory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import pe.colca.api.ProblemDetail;
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
        Response common = Problems.of(headers, uri, request).toResponse(exception);
        JsonObject problem;
        try (var reader = Json.createReader(new ByteArrayInputStream((byte[]) common.getEntity()))) {
            problem = reader.readObject();
        }
        JsonObjectBuilder body = Json.createObjectBuilder(problem)
                .add("available", exception.available())
                .add("requested", exception.requested())
                .add("variantId", exception.variantId())
                .add("locationId", exception.locationId());
        return Response.fromResponse(common)
                .type(ProblemDetail.PROBLEM_JSON)
                .entity(body.build().toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
