package pe.colca.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one rule of what can be sold, and which reason wins when several apply. */
class SellabilityTest {

    @Test
    @DisplayName("a live, active variant of a live ACTIVE product is sellable")
    void sellable() {
        assertNull(Sellability.reasonNotSellable(ProductStatus.ACTIVE, false, true, false));
    }

    @Test
    @DisplayName("each reason on its own")
    void eachReason() {
        assertEquals("catalog.lookup.reason.productDeleted",
                Sellability.reasonNotSellable(ProductStatus.ACTIVE, true, true, false));
        assertEquals("catalog.lookup.reason.variantDeleted",
                Sellability.reasonNotSellable(ProductStatus.ACTIVE, false, true, true));
        assertEquals("catalog.lookup.reason.discontinued",
                Sellability.reasonNotSellable(ProductStatus.DISCONTINUED, false, true, false));
        assertEquals("catalog.lookup.reason.draft",
                Sellability.reasonNotSellable(ProductStatus.DRAFT, false, true, false));
        assertEquals("catalog.lookup.reason.inactive",
                Sellability.reasonNotSellable(ProductStatus.ACTIVE, false, false, false));
    }

    @Test
    @DisplayName("deletion is named before status, the product before the variant")
    void precedence() {
        assertEquals("catalog.lookup.reason.productDeleted",
                Sellability.reasonNotSellable(ProductStatus.DRAFT, true, false, true));
        assertEquals("catalog.lookup.reason.variantDeleted",
                Sellability.reasonNotSellable(ProductStatus.DISCONTINUED, false, false, true));
        assertEquals("catalog.lookup.reason.discontinued",
                Sellability.reasonNotSellable(ProductStatus.DISCONTINUED, false, false, false));
    }

    @Test
    @DisplayName("every reason has its text in the catalog bundles (es and en)")
    void reasonsHaveTexts() {
        for (String key : java.util.List.of("productDeleted", "variantDeleted", "discontinued", "draft", "inactive")) {
            String es = pe.colca.common.Messages.format(java.util.Locale.forLanguageTag("es-PE"), "catalog.lookup.reason." + key);
            String en = pe.colca.common.Messages.format(java.util.Locale.ENGLISH, "catalog.lookup.reason." + key);
            org.junit.jupiter.api.Assertions.assertFalse(es.startsWith("catalog.") || en.startsWith("catalog.") || es.equals(en),
                    key + ": " + es + " / " + en);
        }
    }

    @Test
    @DisplayName("NotForSale names the variant by label and SKU")
    void notForSaleNamesTheVariant() {
        VariantInfo info = new VariantInfo(7L, 3L, "POLO-M", "2000000000008", "Polo", "M", "Azul", null, null, "10",
                null, null, false, "catalog.lookup.reason.inactive");
        NotForSale refused = NotForSale.of(info);
        assertEquals(7L, refused.variantId());
        assertEquals("POLO-M", refused.sku());
        assertEquals("Variant \"Polo · M · Azul\" (SKU POLO-M) cannot be sold: the variant is inactive.",
                refused.localizedMessage(java.util.Locale.ENGLISH));
    }
}
