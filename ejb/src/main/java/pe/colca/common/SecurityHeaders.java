package pe.colca.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hardening headers of every response of the console (pages, PrimeFaces resources, {@code /media})
 * and of the API, set by a servlet filter in each web module so both send the same policy.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: the console allows only its own origin; no inline script
 *       runs without the page's nonce: PrimeFaces' CSP mode ({@code primefaces.CSP} in the console's
 *       {@code web.xml}, with this policy as {@code primefaces.CSP_POLICY}) appends
 *       {@code 'nonce-…'} to the last directive, {@code script-src}, on every Faces page and moves the
 *       components' {@code on*} handlers into nonce'd scripts; other responses (resources, {@code /media},
 *       error pages) get the policy without a nonce. {@code 'unsafe-eval'} stays: Faces AJAX updates still
 *       evaluate script text. Styles keep {@code 'unsafe-inline'} (component style attributes).
 *       Images may be {@code data:} (PrimeFaces icons) and {@code blob:}
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

    /** The console's policy; {@code script-src} comes last so PrimeFaces can append the page's nonce to it. */
    public static final String CONSOLE_CSP = "default-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self' 'unsafe-eval'";
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
