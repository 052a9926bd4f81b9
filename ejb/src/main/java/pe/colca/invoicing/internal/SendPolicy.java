package pe.colca.invoicing.internal;

import java.time.Duration;
import java.time.Instant;
import pe.colca.settings.Settings;

/**
 * How the sender paces itself (settings of V30, short values settable by tests): after the n-th failed
 * send the next try waits {@code backoff × 2^(n−1)}, at most an hour; after {@code maxAttempts} sends
 * the document needs a person; a document {@code SENT} longer than {@code stuckAfter} (a node died
 * between the send and the record) is claimed again; the sweep runs every {@code sweepEvery}; a SOAP
 * call gives up after {@code timeout}.
 */
public record SendPolicy(int maxAttempts, Duration backoff, Duration sweepEvery, Duration stuckAfter, Duration timeout) {

    static final String MAX_ATTEMPTS = "invoicing.send.max_attempts";
    static final String BACKOFF = "invoicing.send.backoff_seconds";
    static final String SWEEP = "invoicing.send.sweep_seconds";
    static final String STUCK = "invoicing.send.stuck_seconds";
    static final String TIMEOUT = "invoicing.send.timeout_seconds";
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    public static SendPolicy of(Settings settings) {
        return new SendPolicy(Math.max(1, settings.integer(MAX_ATTEMPTS)), settings.duration(BACKOFF),
                settings.duration(SWEEP), settings.duration(STUCK), settings.duration(TIMEOUT));
    }

    /** When the next try may start after {@code attempts} failed sends. */
    Instant nextAttempt(int attempts, Instant now) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = backoff.multipliedBy(1L << exponent);
        return now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
