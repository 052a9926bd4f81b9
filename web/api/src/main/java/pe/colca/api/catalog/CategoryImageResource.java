package pe.colca.api.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.security.RequiresAll;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.CategoryService;

/** {@code PUT /api/v1/categories/{id}/image}: uploads a category's image (raw image body). */
@Path("/categories/{id}/image")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CategoryImageResource {

    @EJB
    private CatalogMediaService media;

    @EJB
    private CategoryService catalog;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadCategoryImage",
            summary = "Upload a category's image", description = "Needs catalog.category.edit. JPEG, PNG, WebP "
            + "or GIF by content, at most catalog.image.max_bytes. Sets imageUrl.")
    @RequestBody(required = true, content = @Content(mediaType = "image/*"))
    @APIResponse(responseCode = "200", description = "The category with its new imageUrl.",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = "image-too-large; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "unsupported-image-type; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RequiresAll({"catalog.category.edit", "catalog.product.view"})
    public Response upload(@PathParam("id") int id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) String length,
                           InputStream body) {
        byte[] content = ImageUploads.read(body, length, media.imageMaxBytes());
        media.setCategoryImage(id, content);
        return Response.ok(CategoryView.of(catalog.getCategory(id))).build();
    }
}
