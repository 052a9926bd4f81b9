package pe.colca.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Schemas of the OpenAPI document only: what a generic {@code PageView<T>} of the catalog looks like
 * for each item type (MicroProfile OpenAPI cannot express generics), and the bodies read member by
 * member from a {@code JsonObject}. The JSON the resources write and read does not depend on them;
 * each record has exactly the members of the JSON it describes.
 */
public final class CatalogSchemas {

    private CatalogSchemas() {
    }

    @Schema(name = "ProductPage", description = "One page of products; the Link header has next/prev/first/last.")
    public record ProductPage(List<ProductView> items,
                              @Schema(description = "How many match, over all pages.") long total,
                              @Schema(description = "Position of the first item.") int offset,
                              @Schema(description = "Page size asked for.") int limit) {
    }

    @Schema(name = "VariantPage", description = "One page of variants; the Link header has next/prev/first/last.")
    public record VariantPage(List<VariantView> items, long total, int offset, int limit) {
    }

    @Schema(name = "BrandPage", description = "One page of brands; the Link header has next/prev/first/last.")
    public record BrandPage(List<BrandView> items, long total, int offset, int limit) {
    }

    @Schema(name = "CategoryPage", description = "One page of categories; the Link header has next/prev/first/last.")
    public record CategoryPage(List<CategoryView> items, long total, int offset, int limit) {
    }

    @Schema(name = "CatalogImportPage", description = "One page of imports, newest first.")
    public record CatalogImportPage(List<ImportView> items, long total, int offset, int limit) {
    }

    @Schema(name = "CatalogImportErrorPage", description = "One page of the rejected rows of an import.")
    public record CatalogImportErrorPage(List<ImportErrorView> items, long total, int offset, int limit) {
    }

    @Schema(name = "PriceChangePage", description = "One page of a variant's price history, newest first.")
    public record PriceChangePage(List<PriceChangeView> items, long total, int offset, int limit) {
    }

    @Schema(name = "ImageOrderInput", description = "The new order of a product's gallery.")
    public record ImageOrderInput(
            @Schema(required = true, description = "Every image id of the product, exactly once, in the new order.")
            List<Long> imageIds) {
    }
}
