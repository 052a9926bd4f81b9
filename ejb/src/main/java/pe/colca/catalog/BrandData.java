package pe.colca.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user sets on a brand; names are unique. */
public record BrandData(
        @NotBlank(message = "{catalog.brand.name.required}")
        @Size(max = 200, message = "{catalog.brand.name.size}")
        String name,
        @Size(max = 1000, message = "{catalog.brand.logo.size}")
        String logoUrl) {

    public BrandData normalized() {
        return new BrandData(name == null ? null : name.strip(), ProductData.blankToNull(logoUrl));
    }
}
