package pe.colca.api.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import pe.colca.api.ETags;
import pe.colca.api.security.RequiresAll;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.RequestMetadata;

/** {@code PUT /api/v1/variants/{id}/image}: uploads a variant's main image (raw image body, If-Match). */
@Path("/variants/{id}/image")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class VariantImageResource {

    @EJB
    private CatalogMediaService media;

    @Inject
    private RequestMetadata request;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadVariantImage",
            summary = "Upload a variant's main image", description = "Needs catalog.product.edit and If-Match "
            + "(the variant's ETag). JPEG, PNG, WebP or GIF by content, at most catalog.image.max_bytes. Sets "
            + "mainImageUrl.")
    @RequestBody(required = true, content = @Content(mediaType = "image/*"))
    @APIResponse(responseCode = "200", description = "The variant with its new mainImageUrl; ETag.",
            content = @Content(schema = @Schema(implementation = VariantView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", description = "image-too-large; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "unsupported-image-type; nothing stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequiresAll({"catalog.product.edit", "catalog.product.view"})
    public Response upload(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) String length, InputStream body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        byte[] content = ImageUploads.read(body, length, media.imageMaxBytes());
        ProductVariant variant = media.setVariantImage(id, version, content);
        return ETags.ok(VariantView.of(variant), variant.getVersion());
    }
}
