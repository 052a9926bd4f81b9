package pe.colca.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A refusal that was not shown as a message (a page whose loading the services refused) reaches the
 * 403 page through {@code web.xml}'s error page for {@code EJBAccessException}: that refusal gets
 * its {@code ACCESS_DENIED} audit row here (once, on the ERROR dispatch).
 */
@WebFilter(filterName = "DeniedPageFilter", urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DeniedPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeniedActions denied;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable t && FacesErrors.isAccessDenied(t)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            denied.record(request.getMethod() + " " + (uri == null ? "?" : uri), t);
        }
        chain.doFilter(request, response);
    }
}
