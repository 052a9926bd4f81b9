package pe.colca.security.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Throttling of password logins through the API, per account and per client address (docs/security.md):
 * <ul>
 *   <li>every attempt counts as a failure until it succeeds (so parallel guesses count too); a
 *       success forgets the account's failures and takes its own attempt back from the address;</li>
 *   <li>from the {@code backoffFrom}-th failure on, the next attempt is refused until
 *       2^(failures − backoffFrom) seconds after the last one (1, 2, 4 … capped at 60);</li>
 *   <li>at {@code maxFailures} the key is locked for {@code lockoutSeconds}: every attempt is refused,
 *       even with the right password, without checking it;</li>
 *   <li>failures older than {@code windowSeconds} (counted from the last one) are forgotten.</li>
 * </ul>
 * Per server, in memory (several servers each apply the limits). Thread-safe.
 */
final class LoginThrottle {

    /** One key's state; immutable, replaced atomically. */
    record State(int failures, long lastFailureMillis, long lockedUntilMillis) {
    }

    /** The policy of one kind of key. */
    record Policy(int backoffFrom, int maxFailures, long lockoutSeconds, long windowSeconds) {
    }

    /** The account policy: the console's (Elytron brute-force protection of colca-login-realm). */
    static final Policy ACCOUNT = new Policy(3, 5, 300, 900);

    /** The client address policy: more attempts (several users behind one address), same lock. */
    static final Policy ADDRESS = new Policy(10, 30, 300, 900);

    private static final long MAX_BACKOFF_SECONDS = 60;
    private static final int MAX_KEYS = 100_000;

    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    LoginThrottle(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /**
     * Checks an attempt and counts it as a failure until {@link #succeeded} says otherwise.
     *
     * @return 0 if the attempt may go on, else the seconds to wait (the attempt is not counted)
     */
    long begin(String account, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(waitSeconds(accounts, account, ACCOUNT, now), waitSeconds(addresses, address, ADDRESS, now));
        if (wait > 0) {
            return wait;
        }
        fail(accounts, account, ACCOUNT, now);
        fail(addresses, address, ADDRESS, now);
        return 0;
    }

    /** The attempt begun for this account and address had the right password. */
    void succeeded(String account, String address) {
        accounts.remove(account);
        addresses.computeIfPresent(address, (k, s) -> s.failures() <= 1 && s.lockedUntilMillis() == 0 ? null
                : new State(Math.max(0, s.failures() - 1), s.lastFailureMillis(), s.lockedUntilMillis()));
    }

    private long waitSeconds(Map<String, State> states, String key, Policy policy, long now) {
        State s = current(states, key, policy, now);
        if (s == null) {
            return 0;
        }
        if (s.lockedUntilMillis() > now) {
            return seconds(s.lockedUntilMillis() - now);
        }
        if (s.failures() >= policy.backoffFrom()) {
            long delay = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(30, s.failures() - policy.backoffFrom()));
            long next = s.lastFailureMillis() + delay * 1000;
            if (next > now) {
                return seconds(next - now);
            }
        }
        return 0;
    }

    private void fail(Map<String, State> states, String key, Policy policy, long now) {
        if (states.size() >= MAX_KEYS) {
            states.clear(); // a flood of keys: start again rather than grow without bound
        }
        states.compute(key, (k, before) -> {
            State s = before == null || expired(before, policy, now) ? new State(0, now, 0) : before;
            int failures = s.failures() + 1;
            long lockedUntil = failures >= policy.maxFailures() ? now + policy.lockoutSeconds() * 1000 : 0;
            return new State(failures, now, lockedUntil);
        });
    }

    /** The key's state, or null once its lock ended or its failures are older than the window. */
    private static State current(Map<String, State> states, String key, Policy policy, long now) {
        State s = states.get(key);
        if (s != null && expired(s, policy, now)) {
            states.remove(key, s);
            return null;
        }
        return s;
    }

    private static boolean expired(State s, Policy policy, long now) {
        if (s.lockedUntilMillis() != 0) {
            return s.lockedUntilMillis() <= now;
        }
        return now - s.lastFailureMillis() > policy.windowSeconds() * 1000;
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
