package pe.colca.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import pe.colca.catalog.Brand;
import pe.colca.catalog.BrandService;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/brands}. ETag = version; PUT and DELETE need If-Match (428 without, 409
 * {@code stale-version} when somebody changed the brand since).
 */
@Path("/brands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Brands", description = "Catalog: brands.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class BrandResource {

    @EJB
    private BrandService catalog;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listBrands",
            summary = "List brands", description = "By name; q matches the name accent-insensitively. "
            + "Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "A page of brands.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.BrandPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.product.view")
    public Response list(@QueryParam("q") String q, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("name"), "name", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(catalog.searchBrands(QueryValues.text(q), page).map(BrandView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBrand",
            summary = "Get a brand", description = "Needs catalog.product.view. ETag = version.")
    @APIResponse(responseCode = "200", description = "The brand.",
            content = @Content(schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response get(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Brand brand = catalog.getBrand(id);
        return ETags.conditional(ifNoneMatch, brand.getVersion(), () -> BrandView.of(brand));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBrand", summary = "Create a brand", description = "Needs catalog.brand.edit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BrandInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag.",
            content = @Content(schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("catalog.brand.edit")
    public Response create(JsonObject body) {
        Brand created = catalog.createBrand(BrandInput.read(body, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(BrandView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateBrand",
            summary = "Replace a brand", description = "Needs catalog.brand.edit and If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BrandInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.brand.edit")
    public Response update(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> catalog.updateBrand(id, version, BrandInput.read(body, request.getLocale())),
                BrandView::of, Brand::getVersion);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteBrand",
            summary = "Delete a brand", description = "Needs catalog.brand.edit and If-Match; refused (409 "
            + "still-in-use) while products refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.brand.edit")
    public Response delete(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        catalog.deleteBrand(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return Response.noContent().build();
    }
}
