package pe.colca.catalog.pricing;

import pe.colca.catalog.PricePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bulk price arithmetic: from the current price, rounded once to 2 decimals HALF_UP. */
class BulkPriceRuleTest {

    @Test
    void percentUpAndDown() {
        assertEquals(new BigDecimal("27.50"), rule("25.00", BulkPriceMode.PERCENT, "10"));
        assertEquals(new BigDecimal("22.89"), rule("19.90", BulkPriceMode.PERCENT, "15"), "22.885 rounds up");
        assertEquals(new BigDecimal("16.92"), rule("19.90", BulkPriceMode.PERCENT, "-15"), "16.915 rounds up");
        assertEquals(new BigDecimal("9.45"), rule("10.00", BulkPriceMode.PERCENT, "-5.5"));
        assertEquals(new BigDecimal("0.00"), rule("10.00", BulkPriceMode.PERCENT, "-100"));
        assertEquals(new BigDecimal("0.01"), rule("0.01", BulkPriceMode.PERCENT, "10"), "0.011 rounds down");
    }

    @Test
    void amountUpAndDown() {
        assertEquals(new BigDecimal("27.50"), rule("25.00", BulkPriceMode.AMOUNT, "2.5"));
        assertEquals(new BigDecimal("24.00"), rule("25.00", BulkPriceMode.AMOUNT, "-1"));
        assertEquals(new BigDecimal("-5.00"), rule("5.00", BulkPriceMode.AMOUNT, "-10"), "refused by the service");
        assertEquals(new BigDecimal("10.01"), rule("10.00", BulkPriceMode.AMOUNT, "0.005"), "HALF_UP");
    }

    @Test
    void setToAFixedPrice() {
        assertEquals(new BigDecimal("39.90"), rule("25.00", BulkPriceMode.SET, "39.9"));
        assertEquals(new BigDecimal("10.01"), rule("25.00", BulkPriceMode.SET, "10.005"));
    }

    @Test
    void positiveCheckOfResults() {
        assertEquals(false, PricePolicy.isPositive(rule("10.00", BulkPriceMode.PERCENT, "-100")));
        assertEquals(false, PricePolicy.isPositive(rule("0.01", BulkPriceMode.PERCENT, "-60")), "0.004 → 0.00");
        assertEquals(true, PricePolicy.isPositive(rule("0.01", BulkPriceMode.PERCENT, "-50")), "0.005 → 0.01");
    }

    private static BigDecimal rule(String current, BulkPriceMode mode, String value) {
        return BulkPriceRule.newPrice(new BigDecimal(current), mode, new BigDecimal(value));
    }
}
