package pe.colca.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;

/** The signed-in user as the top bar shows them, and the logout action. */
@Named
@RequestScoped
public class Account {

    @Inject
    private LocaleBean localeBean;

    /** The login (email) of the request principal; empty when nobody is signed in. */
    public String getEmail() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user == null ? "" : user;
    }

    /** Initial for the avatar circle. */
    public String getInitial() {
        String email = getEmail();
        return email.isEmpty() ? "?" : email.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /**
     * Ends the session (identity, view state, session beans) and sends the browser to the login
     * page, keeping the language the user was using.
     */
    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String language = localeBean.getLanguage();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException alreadyGone) {
            // invalidating the session below signs the user out all the same
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?lang=" + language);
        faces.responseComplete();
    }
}
