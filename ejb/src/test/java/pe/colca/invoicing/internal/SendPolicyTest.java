package pe.colca.invoicing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sender's pacing: exponential backoff capped at an hour, attempts exhausted at the setting. */
class SendPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
    private final SendPolicy policy = new SendPolicy(8, Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofMinutes(5), Duration.ofSeconds(60));

    @Test
    @DisplayName("30 s after the first failed send, then 60 s, 120 s … doubling, never more than an hour")
    void backoffDoublesUpToAnHour() {
        assertEquals(NOW.plusSeconds(30), policy.nextAttempt(1, NOW));
        assertEquals(NOW.plusSeconds(60), policy.nextAttempt(2, NOW));
        assertEquals(NOW.plusSeconds(120), policy.nextAttempt(3, NOW));
        assertEquals(NOW.plus(Duration.ofHours(1)), policy.nextAttempt(8, NOW));
        assertEquals(NOW.plus(Duration.ofHours(1)), policy.nextAttempt(500, NOW), "no overflow");
        assertEquals(NOW.plusSeconds(30), policy.nextAttempt(0, NOW), "a first try that failed before counting");
    }

    @Test
    @DisplayName("exhausted after max_attempts sends")
    void exhausted() {
        assertFalse(policy.exhausted(7));
        assertTrue(policy.exhausted(8));
        assertTrue(policy.exhausted(9));
    }
}
