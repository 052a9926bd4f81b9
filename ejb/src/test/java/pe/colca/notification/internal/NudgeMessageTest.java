package pe.colca.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NudgeMessageTest {

    @Test
    @DisplayName("a nudge carries only ids, and reads back what it wrote (also the older message with more fields)")
    void roundTrip() {
        List<Long> ids = List.of(101L, 151L, 201L);
        assertEquals("{\"notificationIds\":[101,151,201]}", NudgeMessage.body(ids));
        assertEquals("101,151,201", NudgeMessage.property(ids));
        assertEquals(ids, NudgeMessage.ids(NudgeMessage.body(ids)));
        assertEquals(List.of(5L), NudgeMessage.ids("{\"type\":\"STOCK_LOW\",\"alertId\":3,\"notificationIds\":[5]}"));
    }

    @Test
    @DisplayName("anything else is refused as not a nudge")
    void notANudge() {
        for (String body : new String[] {null, "", "hola", "{}", "{\"notificationIds\":[\"x\"]}",
                "{\"notificationIds\":[1.5]}", "[1,2]"}) {
            assertThrows(IllegalArgumentException.class, () -> NudgeMessage.ids(body), String.valueOf(body));
        }
    }

    @Test
    @DisplayName("a failed delivery is retried after 1, 2, 4 ... minutes, never more than an hour apart")
    void retryDelay() {
        assertEquals(Duration.ofMinutes(1), NotificationDispatcher.retryDelay(1));
        assertEquals(Duration.ofMinutes(2), NotificationDispatcher.retryDelay(2));
        assertEquals(Duration.ofMinutes(16), NotificationDispatcher.retryDelay(5));
        assertEquals(Duration.ofMinutes(60), NotificationDispatcher.retryDelay(7));
        assertEquals(Duration.ofMinutes(60), NotificationDispatcher.retryDelay(40));
    }
}
