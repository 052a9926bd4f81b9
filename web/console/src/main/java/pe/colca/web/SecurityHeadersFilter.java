package pe.colca.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import pe.colca.common.SecurityHeaders;

/**
 * The console's hardening headers ({@link SecurityHeaders}, console policy) on every response: pages,
 * the login page, PrimeFaces resources, catalog images ({@code /media}) and error pages. The session
 * cookie's {@code Secure} and {@code SameSite=Strict} over HTTPS come from
 * {@code WEB-INF/undertow-handlers.conf}.
 *
 * <p>On a Faces page PrimeFaces' CSP mode adds its own {@code Content-Security-Policy}: the same policy
 * ({@code primefaces.CSP_POLICY} in {@code web.xml}) with the page's nonce. Two policies would both be
 * enforced (and the one without the nonce would block the page's scripts), so the response is wrapped:
 * a later policy replaces this filter's instead of adding a second one.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.of(SecurityHeaders.Surface.CONSOLE, request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
    }

    /** A response on which adding a {@code Content-Security-Policy} replaces the one already set. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
