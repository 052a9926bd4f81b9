package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.Brand;

/** A brand as the API shows it. */
@JsonbPropertyOrder({"id", "name", "logoUrl", "version"})
@Schema(name = "Brand", description = "A brand.")
public record BrandView(int id, String name, String logoUrl,
                        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.")
                        long version) {

    public static BrandView of(Brand b) {
        return new BrandView(b.getId(), b.getName(), b.getLogoUrl(), b.getVersion());
    }
}
