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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.catalog.PriceService;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductFilter;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.VariantService;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/products}: products with their variants, following the locations pattern (one
 * service call per method, records in and out, ETag = version, If-Match on changes).
 */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Catalog: products, their variants and base prices.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ProductResource {

    static final Set<String> SORTABLE = Set.of("name", "slug", "basePrice", "status", "createdAt", "updatedAt");

    @EJB
    private ProductService catalog;

    @EJB
    private VariantService variants;

    @EJB
    private PriceService prices;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listProducts",
            summary = "Search products", description = "Live products. q matches every word of the name "
            + "(accent- and case-insensitive, partial words) or is an exact SKU or barcode. Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "A page of products; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.ProductPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.product.view")
    public Response list(@QueryParam("q") String q,
                         @QueryParam("brandId") String brandId,
                         @QueryParam("categoryId") String categoryId,
                         @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"DRAFT", "ACTIVE",
                                 "DISCONTINUED"})) String status,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "name", errors, request.getLocale());
        ProductStatus statusFilter = QueryValues.enumeration("status", status, ProductStatus.class, errors,
                request.getLocale());
        Long brand = number("brandId", brandId, errors);
        Long category = number("categoryId", categoryId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(catalog.searchProducts(new ProductFilter(QueryValues.text(q), brand, category, statusFilter),
                page).map(ProductView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct",
            summary = "Get a product", description = "Needs catalog.product.view. ETag = version.")
    @APIResponse(responseCode = "200", description = "The product.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Product product = catalog.getProduct(id);
        return ETags.conditional(ifNoneMatch, product.getVersion(), () -> ProductView.of(product));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProduct",
            summary = "Create a product with its first variant(s)", description = "Needs catalog.product.create. "
            + "The slug is generated from the name when absent. Each variant's first price is recorded in its history.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "A business rule refused it (price not above zero, no active "
            + "variant for an ACTIVE product).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("catalog.product.create")
    public Response create(JsonObject body) {
        Product created = catalog.createProduct(ProductInput.create(body, validator, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(ProductView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateProduct",
            summary = "Replace a product's description", description = "Needs catalog.product.edit and If-Match. "
            + "basePrice and variants are read-only here.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.product.edit")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> catalog.updateProduct(id, version, ProductInput.update(body, validator, request.getLocale())),
                ProductView::of, Product::getVersion);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteProduct",
            summary = "Delete a product", description = "Needs catalog.product.delete and If-Match. Soft delete "
            + "with a reason; its variants go with it and can no longer be sold or looked up.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.product.delete")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("reason") String reason) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        catalog.deleteProduct(id, version, reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreProduct",
            summary = "Restore a deleted product", description = "Needs catalog.product.delete. Brings back the "
            + "variants deleted with it; the product stays DISCONTINUED until set ACTIVE again.")
    @APIResponse(responseCode = "200", description = "Restored.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("catalog.product.delete")
    public Response restore(@PathParam("id") long id) {
        Product restored = catalog.restoreProduct(id);
        return ETags.ok(ProductView.of(restored), restored.getVersion());
    }

    @POST
    @Path("/{id}/price")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeProductPrice",
            summary = "Change the base price", description = "Needs catalog.price.edit and If-Match. Every live "
            + "variant without an override gets a price history row (who, when, old, new, justification). Above the "
            + "threshold a justification is required.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PriceInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
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
                version -> prices.changeBasePrice(id, version, PriceInput.read(body, request.getLocale())),
                ProductView::of, Product::getVersion);
    }

    @POST
    @Path("/{id}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVariant",
            summary = "Add a variant", description = "Needs catalog.product.edit. SKU and barcode unique among "
            + "live variants; barcode check digit validated.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VariantInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location /variants/{id} and ETag.",
            content = @Content(schema = @Schema(implementation = VariantView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("catalog.product.edit")
    public Response addVariant(@PathParam("id") long id, JsonObject body) {
        ProductVariant created = variants.addVariant(id, VariantInput.create(body, validator, request.getLocale()));
        URI self = uri.getBaseUriBuilder().path("variants").path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(VariantView.of(created)).build();
    }

    private Long number(String name, String value, Map<String, String> errors) {
        String text = QueryValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            errors.put(name, Messages.format(request.getLocale(), "catalog.field.integer"));
            return null;
        }
    }
}
