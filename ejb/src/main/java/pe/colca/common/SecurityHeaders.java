package pe.colca.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hardening headers of every response of the console (pages, PrimeFaces resources, {@code /media})
 * and of the API, set by a servlet filter in each web module so both send the same policy.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: the console allows only its own origin; scripts need
 *       {@code 'unsafe-inline'} and {@code 'unsafe-eval'} because PrimeFaces renders inline widget
 *       scripts and AJAX updates run {@code eval} (its nonce mode {@code primefaces.CSP} is the next step,
 *       docs/security-hardening.md); images may be {@code data:} (PrimeFaces icons) and {@code blob:}
 *       (upload previews). The API serves JSON only: {@code default-src 'none'}. Both forbid framing
 *       ({@code frame-ancestors 'none'}, plus {@code X-Frame-Options: DENY} for old browsers).</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (URLs with ids and
 *       filters never leave the site).</li>
 *   <li>{@code Strict-Transport-Security} only on a request that came over HTTPS (one year); over plain
 *       HTTP the header would be ignored anyway and would only confuse a developer's browser.</li>
 * </ul>
 */
public final class SecurityHeaders {

    /** Which policy: the console's (HTML + PrimeFaces) or the API's (JSON). */
    public enum Surface { CONSOLE, API }

    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /** The headers (name → value) of a response to a request that came over HTTPS or not. */
    public static Map<String, String> of(Surface surface, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", surface == Surface.CONSOLE ? CONSOLE_CSP : API_CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }
}
