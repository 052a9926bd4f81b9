package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a priced order (from {@link OrderPricing}), the same for the POS, the API and the
 * SUNAT document. Every amount has 2 decimals and every total is the exact sum of its lines.
 *
 * <p>Order row ({@code orders}): {@code grandTotal = subtotal - discountTotal + shippingCost + taxTotal},
 * exactly. SUNAT header: {@code lineExtensionAmount} ({@code LegalMonetaryTotal/LineExtensionAmount},
 * charged lines and shipping without IGV), {@code taxTotal} (header {@code TaxTotal/TaxAmount}, scheme
 * 1000), {@code taxInclusiveAmount} and {@code payableAmount} (both equal to the grand total: no charges
 * or discounts outside the base, no prepayment, no rounding), and one {@link TaxSubtotal} per group present.
 *
 * @param lines              the goods, in input order
 * @param shipping           the shipping charge as a taxed service line, or null without shipping
 * @param subtotals          one per tax group present, in {@link TaxGroup} order (gravado first)
 * @param igvRate            the IGV rate used (setting {@code tax.igv.rate}, e.g. 0.18)
 * @param pricesIncludeIgv   whether shelf prices included IGV (setting {@code tax.prices_include_igv})
 * @param subtotal           {@code orders.subtotal}: value of the charged goods before discounts, without IGV
 * @param discountTotal      {@code orders.discount_total}: line and order discounts, without IGV
 * @param shippingCost       {@code orders.shipping_cost}: the shipping value without IGV
 * @param taxTotal           {@code orders.tax_total}: IGV charged (goods and shipping)
 * @param grandTotal         {@code orders.grand_total}: what the customer pays
 * @param discountGiven      line and order discounts in shelf terms (what the receipt shows)
 * @param freeValue          value of the free items (shown, not charged; the gratuito subtotal's base)
 * @param freeIgv            IGV stated on free taxed items (not charged)
 */
public record PricedOrder(List<PricedLine> lines, PricedLine shipping, List<TaxSubtotal> subtotals,
                          BigDecimal igvRate, boolean pricesIncludeIgv, BigDecimal subtotal,
                          BigDecimal discountTotal, BigDecimal shippingCost, BigDecimal taxTotal,
                          BigDecimal grandTotal, BigDecimal discountGiven, BigDecimal freeValue,
                          BigDecimal freeIgv) implements Serializable {

    public PricedOrder {
        lines = List.copyOf(lines);
        subtotals = List.copyOf(subtotals);
    }

    /** {@code LegalMonetaryTotal/LineExtensionAmount}: charged lines and shipping, without IGV. */
    public BigDecimal lineExtensionAmount() {
        return subtotal.subtract(discountTotal).add(shippingCost);
    }

    /** {@code LegalMonetaryTotal/TaxInclusiveAmount}: line extension plus IGV (equals the grand total). */
    public BigDecimal taxInclusiveAmount() {
        return lineExtensionAmount().add(taxTotal);
    }

    /** {@code LegalMonetaryTotal/PayableAmount}. */
    public BigDecimal payableAmount() {
        return grandTotal;
    }

    /** The subtotal of a group, if any line falls in it. */
    public Optional<TaxSubtotal> subtotal(TaxGroup group) {
        return subtotals.stream().filter(s -> s.group() == group).findFirst();
    }

    /** The goods lines and then the shipping line (the lines of the SUNAT document). */
    public List<PricedLine> documentLines() {
        if (shipping == null) {
            return lines;
        }
        java.util.ArrayList<PricedLine> all = new java.util.ArrayList<>(lines);
        all.add(shipping);
        return List.copyOf(all);
    }
}
