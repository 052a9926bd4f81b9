package pe.colca.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProductFormTest {

    @Test
    @DisplayName("the slug follows the name until the user edits it")
    void slugFollowsNameUntilEdited() {
        ProductForm form = ProductForm.blank();
        form.setName("Café Orgánico 250 g");
        form.nameChanged();
        assertEquals("cafe-organico-250-g", form.getSlug());

        form.setSlug("cafe-especial");
        form.setName("Café Orgánico 500 g");
        form.nameChanged();
        assertEquals("cafe-especial", form.getSlug(), "an edited slug is kept");
    }

    @Test
    @DisplayName("margin in soles and percent; cost above price is flagged")
    void marginAndWarning() {
        ProductForm form = ProductForm.blank();
        form.setBasePrice(new BigDecimal("50.00"));
        assertNull(form.getMargin(), "no cost, no margin");
        form.setCostPrice(new BigDecimal("35.00"));
        assertEquals(new BigDecimal("15.00"), form.getMargin());
        assertEquals(new BigDecimal("30.00"), form.getMarginPercent());
        assertFalse(form.isCostAbovePrice());

        form.setCostPrice(new BigDecimal("55.00"));
        assertTrue(form.isCostAbovePrice());
        assertEquals(new BigDecimal("-5.00"), form.getMargin());
    }
}
