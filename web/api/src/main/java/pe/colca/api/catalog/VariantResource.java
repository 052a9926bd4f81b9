package pe.colca.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.catalog.PriceService;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.VariantLookup;
import pe.colca.catalog.VariantService;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;

/** {@code /api/v1/variants}: the POS lookup, variant edits, override prices and price history. */
@Path("/variants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants", description = "Catalog: sellable variants (SKU, barcode), lookup and price history.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class VariantResource {

    @EJB
    private VariantService catalog;

    @EJB
    private PriceService prices;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listVariants",
            summary = "Search variants", description = "Live variants of live products; q is an exact SKU or "
            + "barcode, or words of the product name (accent- and case-insensitive, partial). Needs "
            + "catalog.product.view.")
    @APIResponse(responseCode = "200", description = "A page of variants; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.VariantPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.product.view")
    public Response list(@QueryParam("q") String q, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("productName"), "productName", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(catalog.searchVariants(QueryValues.text(q), page).map(VariantView::of), uri);
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookupVariant",
            summary = "Look up a code (the POS path)", description = "Exact barcode or SKU of a live variant: the "
            + "variant, the product name, the effective price and the SUNAT tax code. Needs catalog.product.view. "
            + "One indexed query. The answer carries a strong ETag that changes with the variant's or product's "
            + "version, the price or any other value of the body; send it back in If-None-Match to get 304 "
            + "Not Modified (no body) while nothing changed. Cache-Control: private, no-cache (revalidate each scan).")
    @APIResponse(responseCode = "200", description = "The sellable variant; ETag.",
            content = @Content(schema = @Schema(implementation = LookupView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "not-for-sale: draft or discontinued product, inactive variant.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("catalog.product.view")
    public Response lookup(@QueryParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        VariantLookup found = catalog.lookup(code);
        EntityTag tag = LookupView.etag(found);
        if (LookupView.matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).cacheControl(lookupCache()).build();
        }
        return Response.ok(LookupView.of(found)).tag(tag).cacheControl(lookupCache()).build();
    }

    /** A POS may keep a lookup answer but asks again on every scan (a price can change at any time). */
    private static CacheControl lookupCache() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return cache;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVariant",
            summary = "Get a variant", description = "Needs catalog.product.view. ETag = version.")
    @APIResponse(responseCode = "200", description = "The variant.",
            content = @Content(schema = @Schema(implementation = VariantView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProductVariant variant = catalog.getVariant(id);
        return ETags.conditional(ifNoneMatch, variant.getVersion(), () -> VariantView.of(variant));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateVariant",
            summary = "Replace a variant's description", description = "Needs catalog.product.edit and If-Match. "
            + "priceOverride is read-only here (use POST /variants/{id}/price).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VariantInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = VariantView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.product.edit")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> catalog.updateVariant(id, version, VariantInput.update(body, validator, request.getLocale())),
                VariantView::of, ProductVariant::getVersion);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteVariant",
            summary = "Delete a variant", description = "Needs catalog.product.delete and If-Match; soft delete "
            + "with a reason. A product's last variant cannot be deleted (422 last-variant).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "last-variant.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.product.delete")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("reason") String reason) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        catalog.deleteVariant(id, version, reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/price")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeVariantPrice",
            summary = "Set or remove the variant's price override", description = "Needs catalog.price.edit and "
            + "If-Match. Writes a price history row; above the threshold a justification is required.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PriceInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = VariantView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "justification-required or price-not-positive; nothing written.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.price.edit")
    public Response changePrice(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> prices.changeVariantPrice(id, version, PriceInput.read(body, request.getLocale())),
                VariantView::of, ProductVariant::getVersion);
    }

    @GET
    @Path("/{id}/price-history")
    @Operation(operationId = "listVariantPriceHistory",
            summary = "Price history of a variant", description = "Newest first. Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "A page of price changes.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.PriceChangePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response history(@PathParam("id") long id, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("changedAt"), "changedAt", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(prices.priceHistory(id, page).map(PriceChangeView::of), uri);
    }
}
