package pe.colca.sales;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one pricing component of Colca: the POS, the API, orders and the invoicing area price through it
 * and get the same figures to the céntimo (docs/pricing.md). It reads the IGV rate
 * ({@code tax.igv.rate}) and whether shelf prices include IGV ({@code tax.prices_include_igv}) from
 * the settings, and the variants' prices and tax codes from the catalog ({@code CatalogReader}).
 * No permission is needed (it writes nothing); it joins the caller's transaction when there is one.
 */
@Local
public interface OrderPricing {

    /**
     * Prices the lines as given (unit prices already frozen, e.g. an order's stored lines).
     *
     * @throws pe.colca.common.InvalidInput     for a malformed line (field {@code lines[i].quantity}, ...)
     * @throws DiscountAboveAmount              for a discount above what it discounts
     * @throws TaxAffectationUnsupported        for a catalog 07 code Colca does not sell under (IVAP)
     */
    PricedOrder price(PricingInput input);

    /**
     * The lines of {@code items} at the variants' effective prices now and with their products' tax
     * codes, read from the catalog (what an order freezes in {@code order_items.unit_price}). Whether a
     * variant may be sold is the order's check ({@code CatalogReader.requireSellable}), not this one.
     *
     * @throws pe.colca.common.InvalidInput for an unknown variant (field {@code lines[i].variantId})
     */
    PricingInput atCatalogPrices(List<Item> items, BigDecimal globalDiscount, BigDecimal shipping);

    /** A variant and quantity to price at the catalog's price, with an optional line discount. */
    record Item(long variantId, BigDecimal quantity, BigDecimal discount) implements Serializable {

        public static Item of(long variantId, int quantity) {
            return new Item(variantId, BigDecimal.valueOf(quantity), null);
        }
    }
}
