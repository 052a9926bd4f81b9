package pe.colca.sales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.sales.NewOrder;
import pe.colca.sales.SalesChannel;

@DisplayName("The fingerprint of an order request (same key, other request = refused)")
class OrderRequestsTest {

    private static NewOrder order(String discount, int quantity, String notes) {
        return new NewOrder(7L, SalesChannel.POS, new NewOrder.Buyer(IdentityDocumentType.DNI, "12345678"), null, null,
                null, notes, "k-1", List.of(new NewOrder.NewLine(11L, quantity, discount == null ? null : new BigDecimal(discount))));
    }

    @Test
    @DisplayName("how a number is written does not matter; what is asked for does")
    void hash() {
        assertEquals(OrderRequests.hash(order("1.0", 2, "x")), OrderRequests.hash(order("1.00", 2, " x ")));
        assertEquals(OrderRequests.hash(order(null, 2, null)), OrderRequests.hash(order("0.00", 2, null)));
        assertNotEquals(OrderRequests.hash(order("1.00", 2, "x")), OrderRequests.hash(order("1.00", 3, "x")));
        assertEquals(64, OrderRequests.hash(order(null, 1, null)).length());
    }

    @Test
    @DisplayName("a blank key is no key")
    void key() {
        assertNull(OrderRequests.key("  "));
        assertEquals("abc", OrderRequests.key(" abc "));
    }
}
