package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.ProductImage;

/** A product image as the API shows it; {@code url} is served by the console at the server root. */
@JsonbPropertyOrder({"id", "productId", "url", "displayOrder", "primary"})
@Schema(name = "ProductImage", description = "An image of a product's gallery.")
public record ImageView(
        long id,
        long productId,
        @Schema(description = "Where the image is served (public, cacheable for ever: the name is the SHA-256 "
                + "of the content).", example = "/media/3f5a….png") String url,
        @Schema(description = "Position in the gallery, from 0.") int displayOrder,
        @Schema(description = "Exactly one image of a product is primary.") boolean primary) {

    public static ImageView of(ProductImage i) {
        return new ImageView(i.getId(), i.getProduct().getId(), i.getUrl(), i.getDisplayOrder(), i.isPrimary());
    }
}
