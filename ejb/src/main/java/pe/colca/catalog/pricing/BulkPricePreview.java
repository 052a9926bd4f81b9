package pe.colca.catalog.pricing;

import java.util.List;

/**
 * What a bulk price update would do, computed without writing anything.
 *
 * @param lines       the first selected variants (by product name, SKU), at most the limit asked for
 * @param total       how many variants the criteria select
 * @param changing    how many of them would get a different price (the ones APPLY writes)
 * @param refusedSkus SKUs whose new price would be zero or less (APPLY is refused while any is selected)
 * @param unknownSkus SKUs of the list that no live variant has
 * @param fingerprint identifies the selection and its current prices; APPLY given it refuses (409) when
 *                    the catalog changed since the preview
 */
public record BulkPricePreview(List<BulkPriceLine> lines, long total, long changing, List<String> refusedSkus,
                               List<String> unknownSkus, String fingerprint) {
}
