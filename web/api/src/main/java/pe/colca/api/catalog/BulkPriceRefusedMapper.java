package pe.colca.api.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import pe.colca.catalog.pricing.BulkPriceRefused;

/** 422 {@code bulk-price-not-positive} plus the extension member {@code skus}: every variant at fault. */
@Provider
public class BulkPriceRefusedMapper implements ExceptionMapper<BulkPriceRefused> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(BulkPriceRefused exception) {
        Response common = Problems.of(headers, uri, request).toResponse(exception);
        JsonObject problem;
        try (var reader = Json.createReader(new ByteArrayInputStream((byte[]) common.getEntity()))) {
            problem = reader.readObject();
        }
        var skus = Json.createArrayBuilder();
        exception.skus().forEach(skus::add);
        return Response.fromResponse(common)
                .type(ProblemDetail.PROBLEM_JSON)
                .entity(Json.createObjectBuilder(problem).add("skus", skus).build().toString()
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
