package pe.colca.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pe.colca.common.SecurityHeaders;

/**
 * The console's hardening headers ({@link SecurityHeaders}, console policy) on every response: pages,
 * the login page, PrimeFaces resources, catalog images ({@code /media}) and error pages. The session
 * cookie's {@code Secure} and {@code SameSite=Strict} over HTTPS come from
 * {@code WEB-INF/undertow-handlers.conf}.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.of(SecurityHeaders.Surface.CONSOLE, request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
