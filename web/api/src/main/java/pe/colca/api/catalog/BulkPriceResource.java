package pe.colca.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.catalog.pricing.BulkPriceLine;
import pe.colca.catalog.pricing.BulkPricePreview;
import pe.colca.catalog.pricing.BulkPriceResult;
import pe.colca.catalog.pricing.BulkPriceService;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/prices/bulk}: bulk price updates, previewed first ({@code /preview} writes nothing),
 * then applied in one transaction. Needs {@code catalog.price.edit}.
 */
@Path("/prices/bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prices", description = "Catalog: bulk price updates.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class BulkPriceResource {

    @EJB
    private BulkPriceService prices;

    @Inject
    private RequestMetadata request;

    @POST
    @Path("/preview")
    @Operation(operationId = "previewBulkPrice",
            summary = "Preview a bulk price update", description = "Writes nothing. Lines by product name and "
            + "SKU (at most limit), totals over the whole selection, the SKUs that would end at zero or less, and a "
            + "fingerprint to pass to the apply call.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BulkPriceInput.class)))
    @APIResponse(responseCode = "200", description = "The preview.",
            content = @Content(schema = @Schema(implementation = PreviewView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.price.edit")
    public Response preview(JsonObject body) {
        BulkPriceInput.Read in = BulkPriceInput.read(body, request.getLocale());
        return Response.ok(PreviewView.of(prices.preview(in.request(), in.limit()))).build();
    }

    @POST
    @Operation(operationId = "applyBulkPrice",
            summary = "Apply a bulk price update", description = "One transaction: the new prices (base price "
            + "when every variant on it is selected, else overrides) and one price_change_history row per changed "
            + "variant (BULK, reference_source bulk_price_update, reference_id = operationId). Justification "
            + "required. Refused as a whole (422 bulk-price-not-positive, with skus) when a price would end at "
            + "zero or less.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BulkPriceInput.class)))
    @APIResponse(responseCode = "200", description = "What changed.",
            content = @Content(schema = @Schema(implementation = BulkPriceResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "bulk-selection-changed (fingerprint) or a concurrent edit.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "bulk-price-not-positive; nothing changed.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("catalog.price.edit")
    public Response apply(JsonObject body) {
        BulkPriceInput.Read in = BulkPriceInput.read(body, request.getLocale());
        return Response.ok(prices.apply(in.request(), in.fingerprint())).build();
    }

    /** A preview as the API shows it. */
    @JsonbPropertyOrder({"total", "changing", "refusedSkus", "unknownSkus", "fingerprint", "items"})
    @Schema(name = "BulkPricePreview")
    public record PreviewView(long total, long changing, List<String> refusedSkus, List<String> unknownSkus,
                              String fingerprint, List<LineView> items) {

        static PreviewView of(BulkPricePreview p) {
            return new PreviewView(p.total(), p.changing(), p.refusedSkus(), p.unknownSkus(), p.fingerprint(),
                    p.lines().stream().map(LineView::of).toList());
        }
    }

    /** One selected variant of a preview. */
    @JsonbPropertyOrder({"variantId", "productId", "productName", "sku", "size", "color", "active", "overridden",
            "oldPrice", "newPrice", "difference", "refused"})
    @Schema(name = "BulkPriceLine")
    public record LineView(long variantId, long productId, String productName, String sku, String size, String color,
                           boolean active, boolean overridden, BigDecimal oldPrice, BigDecimal newPrice,
                           BigDecimal difference, boolean refused) {

        static LineView of(BulkPriceLine l) {
            return new LineView(l.variantId(), l.productId(), l.productName(), l.sku(), l.size(), l.color(), l.active(),
                    l.overridden(), l.oldPrice(), l.newPrice(), l.difference(), l.refused());
        }
    }
}
