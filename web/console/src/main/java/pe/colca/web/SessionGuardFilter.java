package pe.colca.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.AuthenticatedUsers.AuthenticatedUser;
import pe.colca.security.ConsoleLogins;

/**
 * Ends a console session whose user was locked, deleted or changed password (security stamp) since
 * the session started, at the next request, from the per-server user cache ({@link AuthenticatedUsers}:
 * at once on this server, within {@code security.auth_cache_seconds} for a change made elsewhere).
 * Also writes the audit rows of console logins (the first request of a signed-in session) and of
 * failed logins (Elytron forwards a refused {@code j_security_check} to the form error page).
 */
@WebFilter(filterName = "SessionGuardFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SessionGuardFilter extends HttpFilter {

    static final String STAMP = "colca.security.stamp";
    private static final long serialVersionUID = 1L;

    @EJB
    private AuthenticatedUsers users;

    @EJB
    private ConsoleLogins logins;

    @Inject
    private RequestMetadata metadata;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String login = request.getRemoteUser();
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            if (login == null && isRefusedLogin(request)) {
                metadata.setIpAddress(request.getRemoteAddr());
                logins.failed(request.getParameter("j_username"));
            }
            chain.doFilter(request, response);
            return;
        }
        if (login != null && !sessionStillValid(request, login)) {
            end(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean sessionStillValid(HttpServletRequest request, String login) {
        Optional<AuthenticatedUser> user = users.byEmail(login);
        if (user.isEmpty() || !user.get().active()) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true; // nothing to compare with: the container re-authenticates a session-less request
        }
        Object stamp = session.getAttribute(STAMP);
        if (stamp == null) {
            session.setAttribute(STAMP, user.get().stamp());
            metadata.setIpAddress(request.getRemoteAddr());
            logins.succeeded(login);
            return true;
        }
        return stamp.equals(user.get().stamp());
    }

    /**
     * Keeps the current session after its own user changed his password (which rotates the stamp):
     * the session continues with {@code stamp}; his other sessions and tokens end.
     */
    public static void renew(jakarta.faces.context.ExternalContext external, String stamp) {
        external.getSessionMap().put(STAMP, stamp);
    }

    private static boolean isRefusedLogin(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null && original.toString().endsWith("/j_security_check");
    }

    /** Signs out and sends the browser (or the Faces Ajax request) to the login page. */
    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.logout();
        } catch (ServletException alreadyGone) {
            // invalidating the session signs the user out all the same
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + "/login.xhtml?expired=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
