package pe.colca.web;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import pe.colca.security.Passwords;
import pe.colca.web.security.PasswordChangeFilter;

/**
 * A screen of the menu opened by its URL: a signed-in user without the permissions of its menu entry
 * ({@link Navigation#permissionsOf}) gets the 403 page (status 403) before the page is built, the same
 * rule that hides the entry from his menu. The screen's services keep their own {@code @RolesAllowed}.
 */
@WebFilter(filterName = "ScreenPermissionFilter", urlPatterns = "/backoffice/*", dispatcherTypes = DispatcherType.REQUEST)
public class ScreenPermissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private Passwords passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            List<String> needed = Navigation.permissionsOf(request.getServletPath());
            // a user who must change his password is sent to the change page (PasswordChangeFilter,
            // whose order against this filter the container does not fix), not refused
            if (!needed.stream().allMatch(request::isUserInRole) && !PasswordChangeFilter.mustChange(request, passwords)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
