package pe.colca.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import pe.colca.security.Passwords;

/**
 * A signed-in user who must change his password (one-time password after a reset, a new user, the
 * first administrator) can open nothing but the change page until he has: every other page
 * redirects there (an AJAX request gets a partial-response redirect). Asked once per session, the
 * answer is kept in the session; the change page clears it.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: Boolean, whether the signed-in user must still change his password. */
    static final String SESSION_KEY = "colca.mustChangePassword";
    static final String PAGE = "/backoffice/security/password.xhtml";
    /** What stays reachable: the change page, what pages load, the login and error pages. */
    private static final List<String> OPEN = List.of(PAGE, "/jakarta.faces.resource/", "/resources/", "/login.xhtml",
            "/error/", "/media/", "/favicon.ico");

    @EJB
    private Passwords passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getRemoteUser() == null || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (!mustChange(request, passwords)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    /**
     * Whether the signed-in caller must still change his password (asked once per session). Public
     * for the console's other filters: a user held on the change page is sent there, not refused.
     */
    public static boolean mustChange(HttpServletRequest request, Passwords passwords) {
        HttpSession session = request.getSession();
        Object known = session.getAttribute(SESSION_KEY);
        if (known instanceof Boolean b) {
            return b;
        }
        boolean mustChange = passwords.callerMustChange();
        session.setAttribute(SESSION_KEY, mustChange);
        return mustChange;
    }
}
