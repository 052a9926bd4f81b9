package pe.colca.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user sets on a category.
 *
 * @param slug null or blank: generated from the name on creation, kept on edit
 * @param parentId null for a root; changing it moves the whole subtree
 */
public record CategoryData(
        @NotBlank(message = "{catalog.category.name.required}")
        @Size(max = 200, message = "{catalog.category.name.size}")
        String name,
        @Size(max = 200, message = "{catalog.category.slug.size}")
        String slug,
        Integer parentId,
        @Size(max = 1000, message = "{catalog.category.image.size}")
        String imageUrl,
        boolean active) {

    public CategoryData normalized() {
        return new CategoryData(name == null ? null : name.strip(), ProductData.blankToNull(slug), parentId,
                ProductData.blankToNull(imageUrl), active);
    }
}
