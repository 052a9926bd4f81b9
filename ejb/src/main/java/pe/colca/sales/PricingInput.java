package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the pricing component prices ({@link OrderPricing}): the lines of an order as the customer
 * sees them, an order-level discount and the shipping charge. Amounts are in the terms of the shelf:
 * when the setting {@code tax.prices_include_igv} is on, the unit prices of taxed goods, their
 * discounts and the shipping include IGV; otherwise they do not. Exonerated, unaffected and exported
 * goods carry no IGV either way.
 *
 * @param lines          the goods, in the order they were added (empty for an empty draft)
 * @param globalDiscount a discount on the whole order (2 decimals, null = none); it is spread over the
 *                       charged lines in proportion to their amount after line discounts
 * @param shipping       the delivery charge (2 decimals, null = none), a taxed service (catalog 07 code 10)
 */
public record PricingInput(List<Line> lines, BigDecimal globalDiscount, BigDecimal shipping) implements Serializable {

    public PricingInput {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Only lines: no order discount, no shipping. */
    public static PricingInput of(List<Line> lines) {
        return new PricingInput(lines, null, null);
    }

    /**
     * One line of goods.
     *
     * @param variantId the variant sold
     * @param unitPrice the unit price charged (the variant's effective price at the time of sale), up
     *                  to 10 decimals; for a free item (a gratuito code) its referential price
     * @param quantity  units sold, more than 0, up to 10 decimals (goods sold by weight)
     * @param discount  the discount on the whole line (2 decimals, null = none; none on a free item)
     * @param taxCode   SUNAT catalog 07 code of the product ({@code products.tax_code},
     *                  {@link pe.colca.catalog.VariantInfo#taxCode()})
     */
    public record Line(long variantId, BigDecimal unitPrice, BigDecimal quantity, BigDecimal discount, String taxCode)
            implements Serializable {

        /** A line of whole units. */
        public static Line of(long variantId, BigDecimal unitPrice, int quantity, BigDecimal discount, String taxCode) {
            return new Line(variantId, unitPrice, BigDecimal.valueOf(quantity), discount, taxCode);
        }
    }
}
