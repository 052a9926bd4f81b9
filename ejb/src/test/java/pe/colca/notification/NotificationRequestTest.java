package pe.colca.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationRequestTest {

    @Test
    @DisplayName("a request needs a type, a channel and at least one recipient")
    void required() {
        Recipients staff = Recipients.staffWithPermission("inventory.alert.edit");
        assertThrows(IllegalArgumentException.class,
                () -> NotificationRequest.of(" ", NotificationChannel.EMAIL, "t", Map.of(), staff));
        assertThrows(NullPointerException.class, () -> NotificationRequest.of("X", null, "t", Map.of(), staff));
        assertThrows(NullPointerException.class,
                () -> NotificationRequest.of("X", NotificationChannel.EMAIL, "t", Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new Recipients(List.of(), null, " "));
        assertThrows(NullPointerException.class, () -> Recipients.users(1L, null));
    }

    @Test
    @DisplayName("values are trimmed and the payload is copied, so the caller cannot change it afterwards")
    void normalized() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("sku", "POLO-M");
        NotificationRequest r = NotificationRequest.of(" STOCK_LOW ", NotificationChannel.EMAIL, " ",
                payload, Recipients.staffWithPermission(" inventory.alert.edit "));
        payload.put("sku", "changed");
        assertEquals("STOCK_LOW", r.type());
        assertNull(r.templateId());
        assertEquals("POLO-M", r.payload().get("sku"));
        assertEquals("inventory.alert.edit", r.recipients().permission());
        assertThrows(UnsupportedOperationException.class, () -> r.payload().put("x", 1));
        assertEquals(List.of(7L, 8L), Recipients.users(7L, 8L).userIds());
        assertEquals(List.of(3L), Recipients.customers(3L).customerIds());
    }
}
