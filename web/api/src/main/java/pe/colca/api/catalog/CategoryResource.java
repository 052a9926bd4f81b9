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
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.CategoryPath;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/categories}: the category tree. A category read alone carries its breadcrumbs; a new
 * {@code parentId} moves its subtree (never under itself: 422 {@code category-cycle}). ETag = version;
 * PUT and DELETE need If-Match (428 without, 409 {@code stale-version} when somebody changed it since).
 */
@Path("/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Catalog: the category tree.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CategoryResource {

    @EJB
    private CategoryService catalog;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCategories",
            summary = "List categories", description = "By name; parentId gives the children of one category, "
            + "roots=true the roots. Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "A page of categories (without breadcrumbs).",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.CategoryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.product.view")
    public Response list(@QueryParam("q") String q, @QueryParam("parentId") String parentId,
                         @QueryParam("roots") String roots, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("name"), "name", errors, request.getLocale());
        Boolean rootsOnly = QueryValues.bool("roots", roots, errors, request.getLocale());
        Integer parent = null;
        if (QueryValues.text(parentId) != null) {
            try {
                parent = Integer.valueOf(parentId.strip());
            } catch (NumberFormatException e) {
                errors.put("parentId", Messages.format(request.getLocale(), "catalog.field.integer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(catalog.searchCategories(QueryValues.text(q), parent, Boolean.TRUE.equals(rootsOnly), page)
                .map(CategoryView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCategory",
            summary = "Get a category with its breadcrumbs", description = "Needs catalog.product.view. "
            + "ETag = version.")
    @APIResponse(responseCode = "200", description = "The category.",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response get(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CategoryPath category = catalog.getCategory(id);
        long version = category.category().getVersion();
        return ETags.conditional(ifNoneMatch, version, () -> CategoryView.of(category));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCategory",
            summary = "Create a category", description = "Needs catalog.category.edit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CategoryInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag.",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("catalog.category.edit")
    public Response create(JsonObject body) {
        CategoryPath created = catalog.createCategory(CategoryInput.read(body, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.category().getId())).build();
        return Response.created(self).tag(ETags.of(created.category().getVersion())).entity(CategoryView.of(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCategory",
            summary = "Replace or move a category", description = "Needs catalog.category.edit and If-Match. "
            + "A different parentId moves the subtree.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CategoryInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "category-cycle.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.category.edit")
    public Response update(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> catalog.updateCategory(id, version, CategoryInput.read(body, request.getLocale())),
                CategoryView::of, u -> u.category().getVersion());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCategory",
            summary = "Delete a category", description = "Needs catalog.category.edit and If-Match; refused "
            + "(409 still-in-use) while it has sub-categories or products.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("catalog.category.edit")
    public Response delete(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        catalog.deleteCategory(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return Response.noContent().build();
    }
}
