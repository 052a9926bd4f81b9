package pe.colca.catalog;

/**
 * The one rule of what can be sold: a variant that is live and active, of a product that is live
 * and ACTIVE. Anything else can be looked up (and shows in history) but is never reserved, sold or
 * converted. Returns the message key of the reason, or null when sellable.
 */
public final class Sellability {

    private Sellability() {
    }

    public static String reasonNotSellable(ProductStatus productStatus, boolean productDeleted, boolean variantActive,
                                           boolean variantDeleted) {
        if (productDeleted) {
            return "catalog.lookup.reason.productDeleted";
        }
        if (variantDeleted) {
            return "catalog.lookup.reason.variantDeleted";
        }
        if (productStatus == ProductStatus.DISCONTINUED) {
            return "catalog.lookup.reason.discontinued";
        }
        if (productStatus != ProductStatus.ACTIVE) {
            return "catalog.lookup.reason.draft";
        }
        if (!variantActive) {
            return "catalog.lookup.reason.inactive";
        }
        return null;
    }
}
