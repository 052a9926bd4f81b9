package pe.colca.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    @Test
    @DisplayName("an account backs off from the 3rd failure and is locked at the 5th, even for the right password")
    void accountBackoffThenLock() {
        assertEquals(0, throttle.begin("a@x", "1.1.1.1"));
        assertEquals(0, throttle.begin("a@x", "1.1.1.1"));
        assertEquals(0, throttle.begin("a@x", "1.1.1.1")); // 3 failures
        assertEquals(1, throttle.begin("a@x", "1.1.1.1"), "1 s back-off after the 3rd");
        now.addAndGet(1_000);
        assertEquals(0, throttle.begin("a@x", "1.1.1.1")); // 4
        assertEquals(2, throttle.begin("a@x", "1.1.1.1"), "2 s after the 4th");
        now.addAndGet(2_000);
        assertEquals(0, throttle.begin("a@x", "1.1.1.1")); // 5: locked
        long wait = throttle.begin("a@x", "1.1.1.1");
        assertEquals(300, wait, "locked for 5 minutes");
        now.addAndGet(299_000);
        assertTrue(throttle.begin("a@x", "2.2.2.2") > 0, "from any address");
        now.addAndGet(1_000);
        assertEquals(0, throttle.begin("a@x", "1.1.1.1"), "the lock ended");
        throttle.succeeded("a@x", "1.1.1.1");
        assertEquals(0, throttle.begin("a@x", "1.1.1.1"));
    }

    @Test
    @DisplayName("a success forgets the account's failures")
    void successResets() {
        throttle.begin("b@x", "1.1.1.1");
        throttle.begin("b@x", "1.1.1.1");
        throttle.begin("b@x", "1.1.1.1");
        now.addAndGet(1_000);
        assertEquals(0, throttle.begin("b@x", "1.1.1.1"));
        throttle.succeeded("b@x", "1.1.1.1");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.begin("b@x", "1.1.1.1"));
        }
    }

    @Test
    @DisplayName("one address guessing many accounts is locked at 30 failures, other addresses are not")
    void addressLock() {
        for (int i = 0; i < 30; i++) {
            if (i > 0) {
                now.addAndGet(60_000); // past every back-off
            }
            assertEquals(0, throttle.begin("user" + i + "@x", "9.9.9.9"), "attempt " + i);
        }
        assertEquals(300, throttle.begin("fresh@x", "9.9.9.9"));
        assertEquals(0, throttle.begin("fresh@x", "8.8.8.8"));
    }

    @Test
    @DisplayName("failures older than the window are forgotten")
    void windowForgets() {
        throttle.begin("c@x", "1.1.1.1");
        throttle.begin("c@x", "1.1.1.1");
        throttle.begin("c@x", "1.1.1.1");
        now.addAndGet(901_000);
        assertEquals(0, throttle.begin("c@x", "1.1.1.1"));
        assertEquals(0, throttle.begin("c@x", "1.1.1.1"));
    }
}
