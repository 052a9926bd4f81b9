package pe.colca.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.InvalidInput;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * {@link OrderPricing} in the container: the lines take the variants' effective prices and their
 * products' tax codes from the catalog's read contract, the IGV rate and "prices include IGV" from the
 * settings, and any signed-in user may price (it writes nothing).
 */
@DisplayName("Order pricing (in the container)")
class OrderPricingIT extends InContainerIntegration {

    private TestData data;
    private OrderPricing pricing;
    private NewUser clerk;

    @BeforeEach
    void fixtures() throws SQLException {
        data = data();
        pricing = lookup("DefaultOrderPricing", OrderPricing.class);
        clerk = data.user().permissions().create(); // no permission at all
    }

    @Test
    @DisplayName("catalog prices and tax codes, settings' rate: 2 × 59.00 gravado + 10.50 exonerado = 128.50")
    void pricesAtCatalogPrices() throws Exception {
        assumeTrue(new BigDecimal("0.18").compareTo(new BigDecimal(setting("tax.igv.rate"))) == 0
                && Boolean.parseBoolean(setting("tax.prices_include_igv")), "the default tax settings");
        long taxed = data.product().price("59.00").create().variant(0).id();
        long exonerated = data.product().price("10.50").taxCode("20").create().variant(0).id();

        PricedOrder priced = as(clerk, () -> pricing.price(pricing.atCatalogPrices(
                List.of(OrderPricing.Item.of(taxed, 2), OrderPricing.Item.of(exonerated, 1)), null, null)));

        assertEquals(new BigDecimal("59.00"), priced.lines().get(0).unitPrice());
        assertEquals("10", priced.lines().get(0).taxCode());
        assertEquals("20", priced.lines().get(1).taxCode());
        assertEquals(TaxGroup.EXONERADO, priced.lines().get(1).group());
        // 118.00 = 100.00 + 18.00; 10.50 without IGV
        assertEquals(new BigDecimal("110.50"), priced.subtotal());
        assertEquals(new BigDecimal("18.00"), priced.taxTotal());
        assertEquals(new BigDecimal("128.50"), priced.grandTotal());
        assertEquals(List.of(new TaxSubtotal(TaxGroup.GRAVADO, new BigDecimal("100.00"), new BigDecimal("18.00")),
                new TaxSubtotal(TaxGroup.EXONERADO, new BigDecimal("10.50"), new BigDecimal("0.00"))), priced.subtotals());
    }

    @Test
    @DisplayName("an unknown variant is a 400 on its line, and a bad quantity names its field")
    void badInput() throws Exception {
        long known = data.product().create().variant(0).id();
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> as(clerk, () -> pricing.atCatalogPrices(
                List.of(OrderPricing.Item.of(known, 1), OrderPricing.Item.of(-1, 1)), null, null)));
        assertEquals(List.of("lines[1].variantId"), List.copyOf(unknown.fieldErrors().keySet()));
        InvalidInput quantity = assertThrows(InvalidInput.class, () -> as(clerk, () -> pricing.price(
                pricing.atCatalogPrices(List.of(OrderPricing.Item.of(known, 0)), null, null))));
        assertEquals(List.of("lines[0].quantity"), List.copyOf(quantity.fieldErrors().keySet()));
    }

    private String setting(String key) throws SQLException {
        return data.string("SELECT value FROM system_settings WHERE setting_key = ?", key);
    }
}
