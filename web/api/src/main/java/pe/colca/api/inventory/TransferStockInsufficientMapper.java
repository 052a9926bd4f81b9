package pe.colca.api.inventory;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pe.colca.api.Problems;
import pe.colca.inventory.transfer.TransferStockInsufficient;

/**
 * A refused dispatch: 409 {@code insufficient-stock} as every business refusal, plus the member
 * {@code shortages} (RFC 9457 §3.2): every short line's variant, SKU, requested and available units.
 */
@Provider
public class TransferStockInsufficientMapper implements ExceptionMapper<TransferStockInsufficient> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(TransferStockInsufficient exception) {
        JsonArrayBuilder shortages = Json.createArrayBuilder();
        exception.shortages().forEach(s -> shortages.add(Json.createObjectBuilder().add("variantId", s.variantId())
                .add("sku", s.sku()).add("requested", s.requested()).add("available", s.available())));
        return ProblemMembers.extend(Problems.of(headers, uri, request).toResponse(exception),
                body -> body.add("shortages", shortages));
    }
}
