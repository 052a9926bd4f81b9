package pe.colca.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricePolicyTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    @DisplayName("the effective price is the override when there is one, else the base price")
    void effectivePrice() {
        assertEquals(m("9.90"), PricePolicy.effective(m("9.90"), m("12.00")));
        assertEquals(m("12.00"), PricePolicy.effective(null, m("12.00")));
    }

    @Test
    @DisplayName("the effective price of a variant follows its product's base price until overridden")
    void variantEffectivePrice() {
        Product product = new Product("Café", "cafe", m("12.00"), TaxAffectation.GRAVADO_ONEROSA);
        ProductVariant variant = product.addVariant("CAF-1", null, null, null);
        assertEquals(m("12.00"), variant.effectivePrice());
        product.changeBasePrice(m("13.50"));
        assertEquals(m("13.50"), variant.effectivePrice());
        assertEquals(m("13.50"), variant.overridePrice(m("11")));
        assertEquals(m("11.00"), variant.effectivePrice());
        product.changeBasePrice(m("20.00"));
        assertEquals(m("11.00"), variant.effectivePrice(), "an override ignores base price changes");
        assertEquals(m("11.00"), variant.clearPriceOverride());
        assertEquals(m("20.00"), variant.effectivePrice());
    }

    @Test
    @DisplayName("a change up to the threshold needs no justification; strictly above it does, up or down")
    void justificationRule() {
        assertFalse(PricePolicy.needsJustification(m("100.00"), m("110.00"), TEN), "exactly 10 % is allowed");
        assertFalse(PricePolicy.needsJustification(m("100.00"), m("90.00"), TEN));
        assertTrue(PricePolicy.needsJustification(m("100.00"), m("110.01"), TEN));
        assertTrue(PricePolicy.needsJustification(m("100.00"), m("89.99"), TEN));
        assertFalse(PricePolicy.needsJustification(m("100.00"), m("100.00"), TEN));
        assertFalse(PricePolicy.needsJustification(null, m("5.00"), TEN), "a first price needs none");
        assertTrue(PricePolicy.needsJustification(m("10.00"), m("10.50"), BigDecimal.ZERO), "threshold 0: any change");
    }

    @Test
    @DisplayName("above the threshold without a justification is JustificationRequired (422) with the percentages")
    void justificationRequired() {
        JustificationRequired e = assertThrows(JustificationRequired.class,
                () -> PricePolicy.requireJustification(m("10.00"), m("12.00"), TEN, "  "));
        assertEquals("justification-required", e.type());
        assertEquals(BusinessExceptionKind.RULE, BusinessExceptionKind.of(e));
        assertTrue(e.getMessage().contains("20.00"), e.getMessage());
        assertDoesNotThrow(() -> PricePolicy.requireJustification(m("10.00"), m("12.00"), TEN, "Alza del proveedor"));
    }

    @Test
    @DisplayName("prices must be above zero; margin is price minus cost and may be negative")
    void positivityAndMargin() {
        assertTrue(PricePolicy.isPositive(m("0.01")));
        assertFalse(PricePolicy.isPositive(m("0.004")), "rounds to 0.00");
        assertFalse(PricePolicy.isPositive(BigDecimal.ZERO));
        assertFalse(PricePolicy.isPositive(m("-1")));
        assertFalse(PricePolicy.isPositive(null));
        assertEquals(m("-2.00"), PricePolicy.margin(m("10.00"), m("12.00")));
        assertEquals(m("-20.00"), PricePolicy.marginPercent(m("10.00"), m("12.00")));
        assertEquals(m("25.00"), PricePolicy.marginPercent(m("20.00"), m("15.00")));
        assertNull(PricePolicy.margin(m("10.00"), null));
    }

    /** Small bridge so the test reads well. */
    enum BusinessExceptionKind {
        RULE, OTHER;

        static BusinessExceptionKind of(pe.colca.common.BusinessException e) {
            return e.kind() == pe.colca.common.BusinessException.Kind.RULE ? RULE : OTHER;
        }
    }
}
