package pe.colca.api.catalog;

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
import pe.colca.catalog.NotForSale;

/**
 * 422 {@code not-for-sale} (the POS look-up, and every path that reserves, sells or converts stock)
 * naming the variant: the detail says which one and why, and the extension members {@code variantId}
 * and {@code sku} say it to programs.
 */
@Provider
public class NotForSaleMapper implements ExceptionMapper<NotForSale> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(NotForSale exception) {
        Response common = Problems.of(headers, uri, request).toResponse(exception);
        JsonObject problem;
        try (var reader = Json.createReader(new ByteArrayInputStream((byte[]) common.getEntity()))) {
            problem = reader.readObject();
        }
        JsonObjectBuilder named = Json.createObjectBuilder(problem);
        if (exception.variantId() != null) {
            named.add("variantId", exception.variantId());
        }
        if (exception.sku() != null) {
            named.add("sku", exception.sku());
        }
        return Response.fromResponse(common)
                .type(ProblemDetail.PROBLEM_JSON)
                .entity(named.build().toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
