package pe.colca.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.ProductImage;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/products/{id}/images}: a product's gallery. Uploads are the raw image bytes as the
 * body ({@code Content-Type: image/png}, {@code image/jpeg}, …; the content decides, not the header).
 * Gallery changes take no If-Match: the product's version does not cover its images; the service
 * locks the product row so concurrent changes take turns, and a reorder must name every image.
 */
@Path("/products/{id}/images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product images", description = "Catalog: a product's images (upload, order, primary).")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ProductImageResource {

    @EJB
    private CatalogMediaService media;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listProductImages",
            summary = "List a product's images", description = "In display order. Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "The gallery in display order.",
            content = @Content(schema = @Schema(implementation = ImageList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response list(@PathParam("id") long id) {
        return Response.ok(items(media.images(id))).build();
    }

    @GET
    @Path("/{imageId}")
    @Operation(operationId = "getProductImage",
            summary = "Get one image of a product", description = "Needs catalog.product.view.")
    @APIResponse(responseCode = "200", description = "The image.",
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.view")
    public Response get(@PathParam("id") long id, @PathParam("imageId") long imageId) {
        return Response.ok(find(media.images(id), imageId)).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadProductImage",
            summary = "Upload an image", description = "Needs catalog.product.edit. The body is the image itself "
            + "(JPEG, PNG, WebP or GIF, recognised by its first bytes), at most the setting catalog.image.max_bytes "
            + "(default 2 MB). Added at the end of the gallery; a product's first image becomes primary.")
    @RequestBody(required = true, content = @Content(mediaType = "image/*"))
    @APIResponse(responseCode = "201", description = "Stored; Location of the image resource.",
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "400", description = "image-empty.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = "image-too-large; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "unsupported-image-type; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RequiresAll({"catalog.product.edit", "catalog.product.view"})
    public Response upload(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) String length,
                           InputStream body) {
        byte[] content = ImageUploads.read(body, length, media.imageMaxBytes());
        ProductImage image = media.addImage(id, content);
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(image.getId())).build();
        return Response.created(self).entity(ImageView.of(image)).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reorderProductImages",
            summary = "Reorder the gallery", description = "Needs catalog.product.edit. Body "
            + "{\"imageIds\": [3, 1, 2]} naming every image of the product exactly once (400 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogSchemas.ImageOrderInput.class)))
    @APIResponse(responseCode = "200", description = "The gallery in its new order.",
            content = @Content(schema = @Schema(implementation = ImageList.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.edit")
    public Response reorder(@PathParam("id") long id, JsonObject body) {
        return Response.ok(items(media.reorderImages(id, imageIds(body)))).build();
    }

    @POST
    @Path("/{imageId}/primary")
    @Operation(operationId = "setPrimaryProductImage",
            summary = "Make an image the primary one", description = "Needs catalog.product.edit. The "
            + "previous primary image stops being primary.")
    @APIResponse(responseCode = "200", description = "The gallery.",
            content = @Content(schema = @Schema(implementation = ImageList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.edit")
    public Response primary(@PathParam("id") long id, @PathParam("imageId") long imageId) {
        return Response.ok(items(media.makePrimary(id, imageId))).build();
    }

    @DELETE
    @Path("/{imageId}")
    @Operation(operationId = "deleteProductImage",
            summary = "Remove an image", description = "Needs catalog.product.edit. When it was primary, the "
            + "first remaining image becomes primary. The file stays (its URL may be shared and cached).")
    @APIResponse(responseCode = "200", description = "The gallery after the removal.",
            content = @Content(schema = @Schema(implementation = ImageList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.product.edit")
    public Response delete(@PathParam("id") long id, @PathParam("imageId") long imageId) {
        return Response.ok(items(media.deleteImage(id, imageId))).build();
    }

    /** The gallery as {@code {"items": [...]}}. */
    @Schema(name = "ProductImageList", description = "A product's gallery in display order.")
    public record ImageList(List<ImageView> items) {
    }

    private static ImageList items(List<ProductImage> images) {
        return new ImageList(images.stream().map(ImageView::of).toList());
    }

    private static ImageView find(List<ProductImage> images, long imageId) {
        return images.stream().filter(i -> i.getId() == imageId).findFirst().map(ImageView::of)
                .orElseThrow(() -> new CatalogRecordNotFound("catalog.entity.image", imageId));
    }

    private List<Long> imageIds(JsonObject body) {
        JsonValue value = body == null ? null : body.get("imageIds");
        List<Long> ids = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    ids = null;
                    break;
                }
                ids.add(n.longValue());
            }
        } else {
            ids = null;
        }
        if (ids == null) {
            throw InvalidInput.of("imageIds", Messages.format(request.getLocale(), "catalog.field.array"));
        }
        return ids;
    }
}
