package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A priced line: every figure a SUNAT {@code cac:InvoiceLine} needs, and what the POS shows. Amounts
 * have 2 decimals; unit values up to 10. "Value" is without IGV, "amount" and "total" are in shelf
 * terms ({@link PricingInput}). For a charged line {@code lineExtensionAmount = grossValue -
 * discountValue} and {@code total = lineExtensionAmount + igv} hold exactly; for a free line
 * {@code total} is 0 and {@code igv} is stated, not charged.
 *
 * @param number              position from 1 (the shipping line is numbered after the goods)
 * @param variantId           the variant; 0 for the shipping line
 * @param taxCode             catalog 07 code ({@code TaxExemptionReasonCode}); 10 for shipping
 * @param group               the tax total the line belongs to
 * @param free                a free item: value shown, nothing charged
 * @param quantity            {@code InvoicedQuantity}
 * @param unitPrice           the unit price as given (shelf terms)
 * @param unitValue           {@code Price/PriceAmount}: unit value without IGV, up to 10 decimals; 0 on a free line [2640]
 * @param referencePrice      {@code PricingReference/AlternativeConditionPrice/PriceAmount}: the unit price with
 *                            IGV (type 01), or the referential unit value of a free line (type 02), up to 10 decimals
 * @param referencePriceType  catalog 16: {@code 01} charged, {@code 02} free
 * @param amount              unit price × quantity, rounded (what the receipt shows before discounts)
 * @param lineDiscount        the line's own discount as given (shelf terms)
 * @param orderDiscountShare  this line's share of the order discount (shelf terms)
 * @param grossValue          the value before discounts, without IGV
 * @param discountValue       the discounts without IGV ({@code AllowanceCharge} code 00, affecting the base)
 * @param lineExtensionAmount {@code LineExtensionAmount}: the value after discounts, without IGV (the
 *                            taxable amount; for a free line, quantity × referential value)
 * @param igvPercent          {@code TaxCategory/cbc:Percent}: the IGV rate in percent for taxed goods, else 0
 * @param igv                 {@code TaxAmount} of the line (charged IGV; the stated IGV of a free taxed item)
 * @param total               what the customer pays for the line, IGV included (0 when free)
 */
public record PricedLine(int number, long variantId, String taxCode, TaxGroup group, boolean free,
                         BigDecimal quantity, BigDecimal unitPrice, BigDecimal unitValue,
                         BigDecimal referencePrice, String referencePriceType, BigDecimal amount,
                         BigDecimal lineDiscount, BigDecimal orderDiscountShare, BigDecimal grossValue,
                         BigDecimal discountValue, BigDecimal lineExtensionAmount, BigDecimal igvPercent,
                         BigDecimal igv, BigDecimal total) implements Serializable {

    /** Catalog 16 code of a charged line's reference price (unit price with taxes). */
    public static final String PRICE_WITH_TAX = "01";
    /** Catalog 16 code of a free line's reference price (referential unit value). */
    public static final String REFERENTIAL_VALUE = "02";

    /** Both discounts in shelf terms (what the receipt shows as the line's discount). */
    public BigDecimal discountGiven() {
        return lineDiscount.add(orderDiscountShare);
    }
}
