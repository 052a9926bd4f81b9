package pe.colca.common;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a web request: the client's {@code X-Request-Id} when it is a sane token
 * (1–64 of {@code A-Z a-z 0-9 . _ : -}), otherwise a new random UUID. Both web modules use it, so a
 * row of {@code audit_logs} and the response header carry the same id.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationIds() {
    }

    public static String of(String requested) {
        return requested != null && SANE.matcher(requested).matches() ? requested : UUID.randomUUID().toString();
    }
}
