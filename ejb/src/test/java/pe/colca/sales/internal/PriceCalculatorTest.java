package pe.colca.sales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.InvalidInput;
import pe.colca.sales.DiscountAboveAmount;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.PricingInput.Line;
import pe.colca.sales.TaxAffectationUnsupported;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;

/**
 * {@link PriceCalculator} against totals computed by hand (the arithmetic is in each comment; docs/pricing.md
 * explains the rules). IGV 18 %.
 */
class PriceCalculatorTest {

    private static final BigDecimal RATE = new BigDecimal("0.18");
    private static final PriceCalculator INCLUDED = new PriceCalculator(RATE, true, Locale.ROOT);
    private static final PriceCalculator EXCLUDED = new PriceCalculator(RATE, false, Locale.ROOT);

    @Test
    @DisplayName("one taxed line, shelf price with IGV: 2 × 118.00 = 236.00 = 200.00 + 36.00 (the sunat.md sample)")
    void taxedLineWithIgvIncluded() {
        PricedOrder o = INCLUDED.price(PricingInput.of(List.of(line(1, "118.00", "2", null, "10"))));
        PricedLine l = o.lines().get(0);
        assertMoney("236.00", l.amount());
        assertMoney("200.00", l.lineExtensionAmount());
        assertMoney("200.00", l.grossValue());
        assertMoney("0.00", l.discountValue());
        assertMoney("36.00", l.igv());
        assertMoney("236.00", l.total());
        assertMoney("100.00", l.unitValue());
        assertMoney("118.00", l.referencePrice());
        assertEquals(PricedLine.PRICE_WITH_TAX, l.referencePriceType());
        assertMoney("18.00", l.igvPercent());
        assertOrder(o, "200.00", "0.00", "0.00", "36.00", "236.00");
        assertMoney("200.00", o.lineExtensionAmount());
        assertMoney("236.00", o.taxInclusiveAmount());
        assertMoney("236.00", o.payableAmount());
        assertEquals(List.of(new TaxSubtotal(TaxGroup.GRAVADO, m("200.00"), m("36.00"))), o.subtotals());
    }

    @Test
    @DisplayName("prices without IGV: 2 × 100.00 = 200.00 + 18 % = 236.00; unit price with IGV 118.00")
    void taxedLineWithIgvExcluded() {
        PricedOrder o = EXCLUDED.price(PricingInput.of(List.of(line(1, "100.00", "2", null, "10"))));
        PricedLine l = o.lines().get(0);
        assertMoney("200.00", l.lineExtensionAmount());
        assertMoney("36.00", l.igv());
        assertMoney("236.00", l.total());
        assertMoney("100.00", l.unitValue());
        assertMoney("118.00", l.referencePrice());
        assertOrder(o, "200.00", "0.00", "0.00", "36.00", "236.00");
    }

    @Test
    @DisplayName("three lines of 0.333: each is 0.33 (not 0.999 → 1.00); IGV 0.15 on 0.84")
    void threeLinesOfAThird() {
        List<Line> lines = List.of(line(1, "0.333", "1", null, "10"), line(2, "0.333", "1", null, "10"),
                line(3, "0.333", "1", null, "10"));
        PricedOrder o = INCLUDED.price(PricingInput.of(lines));
        // each line: amount round(0.333) = 0.33; exact IGV 0.33 × 18/118 = 0.0503389831
        // sum of exact IGV 0.1510169492 → 0.15; cut to the céntimo 0.05 × 3 = 0.15, nothing left over
        for (PricedLine l : o.lines()) {
            assertMoney("0.33", l.total());
            assertMoney("0.05", l.igv());
            assertMoney("0.28", l.lineExtensionAmount());
            assertEquals(new BigDecimal("0.2822033898"), l.unitValue(), "0.333 / 1.18 to 10 decimals");
        }
        assertOrder(o, "0.84", "0.00", "0.00", "0.15", "0.99");
        // one line of 3 × 0.333 is 0.999 → 1.00
        PricedOrder one = INCLUDED.price(PricingInput.of(List.of(line(1, "0.333", "3", null, "10"))));
        assertMoney("1.00", one.grandTotal());
    }

    @Test
    @DisplayName("100 lines of 0.333: IGV rounded once (5.03 on 27.97), not 100 × 0.05 = 5.00 on 28.00")
    void aHundredLinesOfAThird() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(line(i + 1, "0.333", "1", null, "10"));
        }
        PricedOrder o = INCLUDED.price(PricingInput.of(lines));
        // exact IGV 100 × 0.0503389831 = 5.0338983100 → 5.03; cut: 100 × 0.05 = 5.00; 3 céntimos left,
        // to the first three lines (equal remainders: the earlier line first)
        for (int i = 0; i < 100; i++) {
            PricedLine l = o.lines().get(i);
            assertMoney(i < 3 ? "0.06" : "0.05", l.igv(), "line " + (i + 1));
            assertMoney(i < 3 ? "0.27" : "0.28", l.lineExtensionAmount(), "line " + (i + 1));
            assertMoney("0.33", l.total());
        }
        assertOrder(o, "27.97", "0.00", "0.00", "5.03", "33.00");
        // the header rule of SUNAT (IGV = base × rate, ±1) holds to the céntimo: 27.97 × 0.18 = 5.0346
        assertMoney("5.03", PriceCalculator.money(o.lineExtensionAmount().multiply(RATE)));
    }

    @Test
    @DisplayName("a quantity of 0.333 (sold by weight) at 10.00: 3.33, IGV 0.51, unit value to 10 decimals")
    void weightQuantity() {
        PricedOrder o = INCLUDED.price(PricingInput.of(List.of(line(1, "10.00", "0.333", null, "10"))));
        PricedLine l = o.lines().get(0);
        // 10.00 × 0.333 = 3.33; IGV 3.33 × 18/118 = 0.5079661017 → 0.51; value 2.82
        assertMoney("3.33", l.total());
        assertMoney("0.51", l.igv());
        assertMoney("2.82", l.lineExtensionAmount());
        assertEquals(new BigDecimal("8.4745762712"), l.unitValue(), "10 / 1.18 = 8.47457627118...");
        assertEquals(new BigDecimal("0.333"), l.quantity());
    }

    @Test
    @DisplayName("mixed affectations: gravado, exonerado, inafecto and two free items, each in its own subtotal")
    void mixedAffectations() {
        PricedOrder o = INCLUDED.price(PricingInput.of(List.of(
                line(1, "59.00", "1", null, "10"),    // 59.00 = 50.00 + 9.00
                line(2, "10.50", "2", null, "20"),    // exonerado 21.00, no IGV in the shelf price
                line(3, "4.20", "3", null, "30"),     // inafecto 12.60
                line(4, "11.80", "1", null, "15"),    // bonificación (taxed, free): value 10.00, IGV 1.80 stated
                line(5, "5.00", "2", null, "21")))); // exonerado gratuito: value 10.00, no IGV
        assertOrder(o, "83.60", "0.00", "0.00", "9.00", "92.60");
        assertEquals(List.of(
                new TaxSubtotal(TaxGroup.GRAVADO, m("50.00"), m("9.00")),
                new TaxSubtotal(TaxGroup.EXONERADO, m("21.00"), m("0.00")),
                new TaxSubtotal(TaxGroup.INAFECTO, m("12.60"), m("0.00")),
                new TaxSubtotal(TaxGroup.GRATUITO, m("20.00"), m("1.80"))), o.subtotals());
        assertMoney("20.00", o.freeValue());
        assertMoney("1.80", o.freeIgv());
        assertMoney("83.60", o.lineExtensionAmount(), "free lines are not in the document's line extension");

        PricedLine exonerado = o.lines().get(1);
        assertMoney("21.00", exonerado.total());
        assertMoney("0.00", exonerado.igvPercent());
        assertMoney("10.50", exonerado.unitValue());
        PricedLine bonus = o.lines().get(3);
        assertTrue(bonus.free());
        assertMoney("0.00", bonus.total(), "shown, not charged");
        assertMoney("0.00", bonus.unitValue(), "Price/PriceAmount is 0 on a free line [2640]");
        assertMoney("10.00", bonus.referencePrice(), "referential value without IGV");
        assertEquals(PricedLine.REFERENTIAL_VALUE, bonus.referencePriceType());
        assertMoney("10.00", bonus.lineExtensionAmount());
        assertMoney("1.80", bonus.igv());
        assertMoney("18.00", bonus.igvPercent());
        PricedLine sample = o.lines().get(4);
        assertMoney("5.00", sample.referencePrice(), "no IGV in an exonerated price");
        assertMoney("0.00", sample.igv());
    }

    @Test
    @DisplayName("line and order discounts with IGV included: the order discount follows the lines' amounts")
    void lineAndOrderDiscounts() {
        PricedOrder o = INCLUDED.price(new PricingInput(List.of(
                line(1, "50.00", "2", "10.00", "10"),   // 100.00 − 10.00 = 90.00
                line(2, "30.00", "1", null, "20")),     // 30.00
                m("12.00"), null));
        // 12.00 shared 90 : 30 → 9.00 and 3.00
        PricedLine taxed = o.lines().get(0);
        assertMoney("9.00", taxed.orderDiscountShare());
        assertMoney("81.00", taxed.total());
        // IGV 81 × 18/118 = 12.3559322 → 12.36; value 68.64; discounts 19.00 / 1.18 = 16.1016949 → 16.10
        assertMoney("12.36", taxed.igv());
        assertMoney("68.64", taxed.lineExtensionAmount());
        assertMoney("16.10", taxed.discountValue());
        assertMoney("84.74", taxed.grossValue(), "68.64 + 16.10 (100 / 1.18 = 84.75 less rounding)");
        assertMoney("19.00", taxed.discountGiven());
        PricedLine exonerado = o.lines().get(1);
        assertMoney("3.00", exonerado.orderDiscountShare());
        assertMoney("27.00", exonerado.total());
        assertMoney("3.00", exonerado.discountValue());
        // subtotal 84.74 + 30.00; discounts 16.10 + 3.00; 114.74 − 19.10 + 12.36 = 108.00 = 81 + 27
        assertOrder(o, "114.74", "19.10", "0.00", "12.36", "108.00");
        assertMoney("22.00", o.discountGiven());
    }

    @Test
    @DisplayName("an order discount that does not divide evenly: 10.00 over three equal lines = 3.34 + 3.33 + 3.33")
    void unevenOrderDiscount() {
        PricedOrder o = INCLUDED.price(new PricingInput(List.of(line(1, "10.00", "1", null, "20"),
                line(2, "10.00", "1", null, "20"), line(3, "10.00", "1", null, "20")), m("10.00"), null));
        assertMoney("3.34", o.lines().get(0).orderDiscountShare());
        assertMoney("3.33", o.lines().get(1).orderDiscountShare());
        assertMoney("3.33", o.lines().get(2).orderDiscountShare());
        assertOrder(o, "30.00", "10.00", "0.00", "0.00", "20.00");
    }

    @Test
    @DisplayName("prices without IGV, a line discount and shipping: 25.00 + 4.50 and 10.00 + 1.80")
    void excludedWithDiscountAndShipping() {
        PricedOrder o = EXCLUDED.price(new PricingInput(List.of(line(1, "10.00", "3", "5.00", "10")), null, m("10.00")));
        PricedLine l = o.lines().get(0);
        assertMoney("30.00", l.grossValue());
        assertMoney("5.00", l.discountValue());
        assertMoney("25.00", l.lineExtensionAmount());
        assertMoney("4.50", l.igv());
        assertMoney("29.50", l.total());
        PricedLine shipping = o.shipping();
        assertEquals(2, shipping.number());
        assertEquals("10", shipping.taxCode());
        assertMoney("10.00", shipping.lineExtensionAmount());
        assertMoney("1.80", shipping.igv());
        assertMoney("11.80", shipping.total());
        assertOrder(o, "30.00", "5.00", "10.00", "6.30", "41.30");
        assertEquals(List.of(new TaxSubtotal(TaxGroup.GRAVADO, m("35.00"), m("6.30"))), o.subtotals());
        assertMoney("35.00", o.lineExtensionAmount());
        assertEquals(2, o.documentLines().size());
    }

    @Test
    @DisplayName("shipping with IGV included shares the gravado IGV: 9.00 + 2.29 = round(11.288)")
    void includedShipping() {
        PricedOrder o = INCLUDED.price(new PricingInput(List.of(line(1, "59.00", "1", null, "10")), null, m("15.00")));
        // exact IGV 9.0000000000 + 15 × 18/118 = 2.2881355932 → 11.2881355932 → 11.29; cut 9.00 + 2.28;
        // the céntimo left goes to shipping (the larger remainder)
        assertMoney("9.00", o.lines().get(0).igv());
        assertMoney("2.29", o.shipping().igv());
        assertMoney("12.71", o.shipping().lineExtensionAmount());
        assertOrder(o, "50.00", "0.00", "12.71", "11.29", "74.00");
    }

    @Test
    @DisplayName("rounding at the half céntimo is HALF_UP: 0.125 → 0.13, IGV 0.045 → 0.05")
    void halfCentimo() {
        PricedOrder amount = INCLUDED.price(PricingInput.of(List.of(line(1, "0.125", "1", null, "20"))));
        assertMoney("0.13", amount.grandTotal(), "HALF_EVEN would give 0.12");
        PricedOrder igv = EXCLUDED.price(PricingInput.of(List.of(line(1, "0.25", "1", null, "10"))));
        assertMoney("0.05", igv.taxTotal(), "0.25 × 0.18 = 0.045; HALF_EVEN would give 0.04");
        assertMoney("0.30", igv.grandTotal());
        // two lines whose IGV is rounded once: 2 × 0.0234 = 0.0468 → 0.05, not 0.02 + 0.02 = 0.04
        PricedOrder two = EXCLUDED.price(PricingInput.of(List.of(line(1, "0.125", "1", null, "10"),
                line(2, "0.125", "1", null, "10"))));
        // each line 0.125 → 0.13 of value; IGV 0.0234 each, 0.0468 → 0.05: 0.03 + 0.02
        assertMoney("0.05", two.taxTotal());
        assertMoney("0.03", two.lines().get(0).igv());
        assertMoney("0.02", two.lines().get(1).igv());
        assertMoney("0.31", two.grandTotal());
    }

    @Test
    @DisplayName("a 100 % discount leaves a line of 0.00 with no IGV")
    void fullDiscount() {
        PricedOrder o = INCLUDED.price(PricingInput.of(List.of(line(1, "11.80", "1", "11.80", "10"))));
        PricedLine l = o.lines().get(0);
        assertMoney("0.00", l.total());
        assertMoney("0.00", l.igv());
        assertMoney("10.00", l.discountValue());
        assertOrder(o, "10.00", "10.00", "0.00", "0.00", "0.00");
    }

    @Test
    @DisplayName("an empty order is all zeros, without shipping")
    void empty() {
        PricedOrder o = INCLUDED.price(new PricingInput(List.of(), null, m("0.00")));
        assertOrder(o, "0.00", "0.00", "0.00", "0.00", "0.00");
        assertNull(o.shipping());
        assertTrue(o.subtotals().isEmpty());
    }

    @Test
    @DisplayName("bad input names each field and prices nothing")
    void badInput() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> INCLUDED.price(new PricingInput(List.of(
                line(1, "10.00", "0", null, "10"),
                line(2, "-1", "1", null, "10"),
                line(3, "10.00", "1", "1.005", "10"),
                line(4, "10.00", "1", null, "99"),
                line(5, "10.00", "1", "1.00", "13")), m("-1.00"), new BigDecimal("1.234"))));
        assertEquals(List.of("lines[0].quantity", "lines[1].unitPrice", "lines[2].discount", "lines[3].taxCode",
                "lines[4].discount", "globalDiscount", "shipping"), List.copyOf(refused.fieldErrors().keySet()));
        assertThrows(InvalidInput.class, () -> INCLUDED.price(PricingInput.of(List.of(
                line(1, "10.00", "0.12345678901", null, "10")))), "more than 10 decimals");
    }

    @Test
    @DisplayName("discounts above what they discount are refused (422), naming the line and the amounts")
    void discountsAboveAmount() {
        DiscountAboveAmount line = assertThrows(DiscountAboveAmount.class, () -> INCLUDED.price(PricingInput.of(List.of(
                line(1, "10.00", "1", null, "10"), line(2, "1000.00", "2", "2000.01", "10")))));
        assertEquals("discount-above-amount", line.type());
        assertTrue(line.getMessage().contains("S/ 2,000.01") && line.getMessage().contains("S/ 2,000.00"),
                line.getMessage());
        assertTrue(line.getMessage().contains("2"), line.getMessage());
        DiscountAboveAmount order = assertThrows(DiscountAboveAmount.class, () -> INCLUDED.price(new PricingInput(
                List.of(line(1, "10.00", "1", "4.00", "10"), line(2, "5.00", "1", null, "21")), m("6.01"), null)));
        assertTrue(order.getMessage().contains("S/ 6.00"), "free lines take no order discount: " + order.getMessage());
    }

    @Test
    @DisplayName("IVAP (code 17) is refused as unsupported")
    void ivap() {
        TaxAffectationUnsupported refused = assertThrows(TaxAffectationUnsupported.class,
                () -> INCLUDED.price(PricingInput.of(List.of(line(1, "10.00", "1", null, "17")))));
        assertEquals("tax-affectation-unsupported", refused.type());
    }

    @Test
    @DisplayName("exportación (40) is charged without IGV in its own subtotal")
    void export() {
        PricedOrder o = INCLUDED.price(PricingInput.of(List.of(line(1, "100.00", "1", null, "40"))));
        assertEquals(List.of(new TaxSubtotal(TaxGroup.EXPORTACION, m("100.00"), m("0.00"))), o.subtotals());
        assertOrder(o, "100.00", "0.00", "0.00", "0.00", "100.00");
        assertFalse(o.lines().get(0).free());
    }

    @Test
    @DisplayName("the céntimos shared out add up to the target and stay within a céntimo of the exact parts")
    void share() {
        List<BigDecimal> parts = PriceCalculator.share(List.of(new BigDecimal("0.3333333333"),
                new BigDecimal("0.3333333333"), new BigDecimal("0.3333333334")), m("1.00"));
        assertEquals(List.of(m("0.33"), m("0.33"), m("0.34")), parts, "the largest remainder gets the céntimo");
    }

    @Test
    @DisplayName("500 random orders (seeded): totals are sums of lines, header IGV within a céntimo of base × rate")
    void invariantsOnRandomOrders() {
        java.util.Random random = new java.util.Random(20261203L);
        String[] codes = {"10", "10", "10", "20", "30", "13", "21"};
        BigDecimal cent = new BigDecimal("0.01");
        for (int n = 0; n < 500; n++) {
            List<Line> lines = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(99_999), 3);
                BigDecimal quantity = random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(5))
                        : BigDecimal.valueOf(1 + random.nextInt(2_000), 3);
                String code = codes[random.nextInt(codes.length)];
                BigDecimal amount = PriceCalculator.money(price.multiply(quantity));
                BigDecimal discount = code.equals("13") || code.equals("21") || random.nextInt(4) > 0 ? null
                        : PriceCalculator.money(amount.multiply(BigDecimal.valueOf(random.nextInt(50), 2)));
                lines.add(new Line(i + 1, price, quantity, discount, code));
            }
            PriceCalculator calculator = random.nextBoolean() ? INCLUDED : EXCLUDED;
            PricedOrder o;
            try {
                o = calculator.price(new PricingInput(lines, random.nextInt(3) == 0 ? cent : null,
                        random.nextBoolean() ? new BigDecimal("9.90") : null));
            } catch (DiscountAboveAmount everythingFree) {
                continue; // an order discount of 0.01 on an order of free items only
            }
            BigDecimal base = BigDecimal.ZERO;
            for (PricedLine l : o.documentLines()) {
                if (!l.free()) {
                    assertEquals(l.total(), l.lineExtensionAmount().add(l.igv()), "total = value + IGV");
                    assertEquals(l.lineExtensionAmount(), l.grossValue().subtract(l.discountValue()));
                }
                if (l.group() == TaxGroup.GRAVADO) {
                    base = base.add(l.lineExtensionAmount());
                    // less than a céntimo from the exact IGV; with IGV included the base moves with it: ≤ 1.18 céntimos
                    assertTrue(l.igv().subtract(l.lineExtensionAmount().multiply(RATE)).abs()
                            .compareTo(new BigDecimal("0.0118")) <= 0, "line IGV within 1.18 céntimos: " + l);
                }
            }
            BigDecimal headerIgv = o.subtotal(TaxGroup.GRAVADO).map(TaxSubtotal::taxAmount).orElse(BigDecimal.ZERO);
            assertEquals(0, headerIgv.compareTo(o.taxTotal()));
            assertTrue(headerIgv.subtract(base.multiply(RATE)).abs().compareTo(cent) <= 0,
                    "header IGV within a céntimo of base × rate, order " + n);
            assertOrder(o, o.subtotal().toPlainString(), o.discountTotal().toPlainString(),
                    o.shippingCost().toPlainString(), o.taxTotal().toPlainString(), o.grandTotal().toPlainString());
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Line line(long variant, String price, String quantity, String discount, String code) {
        return new Line(variant, new BigDecimal(price), new BigDecimal(quantity),
                discount == null ? null : new BigDecimal(discount), code);
    }

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertMoney(expected, actual, null);
    }

    private static void assertMoney(String expected, BigDecimal actual, String message) {
        assertEquals(new BigDecimal(expected), actual, message);
    }

    /** The order row's figures, and that grand = subtotal − discounts + shipping + IGV exactly. */
    private static void assertOrder(PricedOrder o, String subtotal, String discountTotal, String shipping, String tax,
                                    String grand) {
        assertMoney(subtotal, o.subtotal(), "subtotal");
        assertMoney(discountTotal, o.discountTotal(), "discount total");
        assertMoney(shipping, o.shippingCost(), "shipping");
        assertMoney(tax, o.taxTotal(), "tax total");
        assertMoney(grand, o.grandTotal(), "grand total");
        assertEquals(o.grandTotal(), o.subtotal().subtract(o.discountTotal()).add(o.shippingCost()).add(o.taxTotal()));
        BigDecimal lines = o.documentLines().stream().map(PricedLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, lines.compareTo(o.grandTotal()), "the grand total is the sum of the lines");
    }
}
